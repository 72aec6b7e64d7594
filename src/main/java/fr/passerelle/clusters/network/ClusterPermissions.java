package fr.passerelle.clusters.network;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Who may do what on a cluster. The national administration everything. A cluster's staff run their own cluster and
 * no other. The people of a company or an institution (partner members, recruiters) read the members-only content of
 * the clusters their organisation is an active member of today — an ex-member, a member-to-be and everyone else read
 * the public page only. The two co-pilots of a région (rectorat and Conseil régional) register the clusters of their
 * région and keep their public profile up to date, without reading what is for members only.
 */
final class ClusterPermissions {

    private ClusterPermissions() {
    }

    /**
     * @param activeMember whether the actor's organisation is an active member of the cluster today
     */
    static ClusterAccess access(Actor actor, UUID clusterId, boolean activeMember) {
        if (actor == null || clusterId == null) {
            return ClusterAccess.PUBLIC;
        }
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> ClusterAccess.ADMINISTRATION;
            case CLUSTER_STAFF -> clusterId.equals(actor.organisationId()) ? ClusterAccess.STAFF : ClusterAccess.PUBLIC;
            case COMPANY_RECRUITER, PARTNER_MEMBER -> activeMember && actor.organisationId() != null ? ClusterAccess.MEMBER : ClusterAccess.PUBLIC;
            default -> ClusterAccess.PUBLIC;
        };
    }

    /** Registering a cluster of {@code regionCode}: the national administration, the région's two co-pilots. */
    static boolean canRegister(Actor actor, String regionCode) {
        return actor != null && switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> actor.regionCode() != null && actor.regionCode().equals(regionCode);
            default -> false;
        };
    }

    /** Editing the public profile and the sub-clusters of a cluster of {@code regionCode}: those who run it, the région's co-pilots. */
    static boolean canEditProfile(Actor actor, UUID clusterId, String regionCode) {
        return access(actor, clusterId, false).runs() || canRegister(actor, regionCode);
    }

    /** Adding, changing and ending memberships: those who run the cluster only. */
    static boolean canManageMembers(Actor actor, UUID clusterId) {
        return access(actor, clusterId, false).runs();
    }

    /** Opening the list of clusters in the back office: those who register, run, co-pilot or belong to clusters. */
    static boolean canListClusters(Actor actor) {
        return actor != null && switch (actor.role()) {
            case NATIONAL_ADMIN, REGIONAL_COORDINATOR, REGIONAL_COUNCIL, CLUSTER_STAFF, COMPANY_RECRUITER, PARTNER_MEMBER -> true;
            default -> false;
        };
    }

    /**
     * Opening a cluster's back-office page: whoever reads its members-only content (members, staff, national
     * administration) and the co-pilots of its région, who keep its profile.
     */
    static boolean canOpen(Actor actor, ClusterAccess access, String regionCode) {
        return access.readsMembersOnly() || canRegister(actor, regionCode);
    }
}
