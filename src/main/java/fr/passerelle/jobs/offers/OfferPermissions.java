package fr.passerelle.jobs.offers;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;

/**
 * Who posts and manages a company's offers, given the clusters the company is an active member of today
 * ({@code Clusters.activeClustersOf}) and what {@code Clusters.access} says of the actor on the offer's cluster: a
 * recruiter of the company while its membership of that cluster is active; the staff of that cluster (and the national
 * administration) for its active members. Nobody else — a company outside any cluster, an ex-member, another cluster's
 * staff, a campus, the anonymous public — writes an offer. The board itself is public.
 */
final class OfferPermissions {

    private OfferPermissions() {
    }

    /**
     * Whether the actor writes the company's offers posted through {@code clusterId}.
     *
     * @param companyClusters the clusters the company is an active member of today
     * @param access          the actor's access on {@code clusterId}
     */
    static boolean manages(Actor actor, UUID companyId, UUID clusterId, Set<UUID> companyClusters, ClusterAccess access) {
        if (actor == null || companyId == null || clusterId == null || access == null || !companyClusters.contains(clusterId)) {
            return false;
        }
        return switch (actor.role()) {
            case COMPANY_RECRUITER -> companyId.equals(actor.organisationId()) && access == ClusterAccess.MEMBER;
            case CLUSTER_STAFF -> clusterId.equals(actor.organisationId()) && access.runs();
            case NATIONAL_ADMIN -> access.runs();
            default -> false;
        };
    }

    /** Whether the actor has a list of offers in the back office at all (recruiters, cluster staff, administration). */
    static boolean hasOffers(Actor actor) {
        return actor != null && (actor.role() == Role.NATIONAL_ADMIN
                || (actor.role() == Role.COMPANY_RECRUITER || actor.role() == Role.CLUSTER_STAFF) && actor.organisationId() != null);
    }
}
