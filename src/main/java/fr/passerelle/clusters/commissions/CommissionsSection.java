package fr.passerelle.clusters.commissions;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.governance.ClusterCommissions;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.Times;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The cluster's employment and training commissions on its back-office page: how many the reader may open and the
 * date of the next meeting. The commissions themselves are governing bodies of governance (ADR 0011, « A cluster is a
 * fourth owner »), whose pages are under {@code /gestion/clusters/{id}/commissions}; governance decides who reads them
 * ({@link ClusterCommissions#summary}), so the section is offered only to those it lets in.
 */
@Component
class CommissionsSection implements ClusterSection {

    static final String TITLE = "Commissions emploi et formation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final ClusterCommissions commissions;

    CommissionsSection(ClusterCommissions commissions) {
        this.commissions = commissions;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Section> section(Actor actor, ClusterCard cluster, ClusterAccess access) {
        return commissions.summary(actor, cluster.id()).map(summary -> new Section(TITLE,
                "Les commissions du cluster, leurs membres, leurs réunions, l'émargement et les comptes rendus.",
                "/gestion/clusters/" + cluster.id() + "/commissions", summary(summary)));
    }

    static String summary(ClusterCommissions.Summary summary) {
        String count = summary.commissions() == 0 ? "Aucune commission constituée"
                : summary.commissions() == 1 ? "1 commission" : summary.commissions() + " commissions";
        String next = summary.nextMeeting() == null ? "aucune réunion prévue"
                : "prochaine réunion le " + Times.current().format(summary.nextMeeting(), DAY);
        return count + ", " + next;
    }
}
