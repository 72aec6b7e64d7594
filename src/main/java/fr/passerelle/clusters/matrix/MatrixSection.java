package fr.passerelle.clusters.matrix;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.identity.Actor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The skills matrix on the cluster's back-office page, for those who may open it: its staff and its members. */
@Component
class MatrixSection implements ClusterSection {

    private final SkillsMatrix matrix;

    MatrixSection(SkillsMatrix matrix) {
        this.matrix = matrix;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Section> section(Actor actor, ClusterCard cluster, ClusterAccess access) {
        if (!MatrixRules.canRead(access)) {
            return Optional.empty();
        }
        long[] figures = matrix.summary(cluster.id());
        return Optional.of(new Section("Matrice de compétences",
                "Les métiers, compétences clés, activités et marchés des entreprises membres, à croiser pour répondre à un appel d’offres.",
                MatrixController.base(cluster.id()), summary(figures[0], figures[1])));
    }

    static String summary(long filled, long stale) {
        return filled + " entreprise" + (filled > 1 ? "s" : "") + " renseignée" + (filled > 1 ? "s" : "") + ", " + stale + " à mettre à jour";
    }
}
