package fr.passerelle.clusters.network;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Clusters on the landing page: a cluster's staff find their cluster with its members and its sections; the people of
 * a member company or institution « Mes clusters », those their organisation is an active member of; the national
 * administration and the région's co-pilots the clusters they register and keep. Nothing for anyone else.
 */
@Component
class ClustersLandingPanel implements LandingPanel {

    static final int LISTED = 5;

    private final ClusterPages pages;
    private final ClusterQueries queries;
    private final Clusters clusters;

    ClustersLandingPanel(ClusterPages pages, ClusterQueries queries, Clusters clusters) {
        this.pages = pages;
        this.queries = queries;
        this.clusters = clusters;
    }

    /** @param own the staff's cluster with its sections, null for the others */
    record Data(String title, Own own, List<ClusterQueries.Listed> clusters, long total, boolean canRegister) {
    }

    record Own(ClusterCard card, List<ClusterSection.Section> sections) {
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        if (!ClusterPermissions.canListClusters(actor)) {
            return Optional.empty();
        }
        if (actor.role() == Role.CLUSTER_STAFF) {
            if (actor.organisationId() == null || clusters.access(actor, actor.organisationId()) != ClusterAccess.STAFF) {
                return Optional.empty();
            }
            ClusterPages.View view = pages.open(actor, actor.organisationId());
            return Optional.of(new Panel("clusters/network/landing-panel", new Data("Votre cluster", new Own(view.card(), pages.sections(actor, view)),
                    List.of(), 1, false)));
        }
        ClusterQueries.Page page = queries.visibleTo(actor, ClusterQueries.Filters.NONE, 1, LISTED);
        boolean member = actor.role() == Role.COMPANY_RECRUITER || actor.role() == Role.PARTNER_MEMBER;
        if (member && page.total() == 0) {
            return Optional.empty();
        }
        boolean canRegister = pages.canRegisterAny(actor);
        return Optional.of(new Panel("clusters/network/landing-panel", new Data(member ? "Mes clusters" : "Clusters de votre périmètre", null,
                page.items(), page.total(), canRegister)));
    }
}
