package fr.passerelle.clusters.surveys;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;

/**
 * Who may do what with a cluster's surveys, given what {@code Clusters.access} says of the actor on the cluster:
 * those who run the cluster open and steer campaigns and see response rates; the people of an active member
 * (recruiter of a company, partner member of an institution) answer the campaigns their organisation is invited to;
 * both read the results. Nobody else — a campus, another cluster's staff, an ex-member — reads them.
 */
final class SurveyPermissions {

    private SurveyPermissions() {
    }

    static boolean runs(ClusterAccess access) {
        return access != null && access.runs();
    }

    static boolean readsResults(ClusterAccess access) {
        return access != null && access.readsMembersOnly();
    }

    /** Answering for an organisation: one of its people, member today, its organisation invited to the campaign. */
    static boolean answers(Actor actor, ClusterAccess access, boolean organisationInvited) {
        return actor != null && (actor.role() == Role.COMPANY_RECRUITER || actor.role() == Role.PARTNER_MEMBER)
                && actor.organisationId() != null && access == ClusterAccess.MEMBER && organisationInvited;
    }
}
