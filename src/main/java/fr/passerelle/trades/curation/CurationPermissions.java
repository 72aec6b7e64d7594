package fr.passerelle.trades.curation;

import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Who curates the trade sheets of an owner. For a campus, those who run it — its operational director and the national
 * administrator, the campus registry's rule ({@code CampusRegistry#canManage}), passed in as {@code runsCampus}: the
 * regional and academic staff who oversee a campus read its selection without changing it. For a cluster, the national
 * administrator and the people attached to that organisation (a partner member or a recruiter whose account belongs
 * to it): the cluster speaks for its own sector, so a regional coordinator, who may edit the organisation's directory
 * card, does not write its trade sheets. Everything else is refused.
 */
final class CurationPermissions {

    private CurationPermissions() {
    }

    static boolean canCurate(Actor actor, Owner owner, boolean runsCampus) {
        return switch (owner.kind()) {
            case CAMPUS -> runsCampus;
            case CLUSTER -> canCurateCluster(actor, owner.id());
        };
    }

    static boolean canCurateCluster(Actor actor, UUID organisationId) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case PARTNER_MEMBER, COMPANY_RECRUITER, CLUSTER_STAFF -> organisationId.equals(actor.organisationId());
            default -> false;
        };
    }
}
