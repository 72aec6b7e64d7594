package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import java.util.Collection;
import java.util.UUID;

/**
 * Who may do what with a cluster's support programmes, beyond {@link ClusterAccess}: those who run the cluster keep
 * programmes, cohorts, sessions, attendance and follow-ups; the people of an active member company in a cohort read
 * that cohort (its programme and sessions) and their own company's progress and individual follow-ups only. Everyone
 * else — other members, ex-members, other clusters' staff — reads nothing.
 */
final class ProgrammePermissions {

    private ProgrammePermissions() {
    }

    /** Creates programmes, cohorts, plans sessions, records attendance and follow-ups, reads everything. */
    static boolean manages(ClusterAccess access) {
        return SupportPermissions.manages(access);
    }

    /** Reads a cohort whose companies are {@code cohortCompanies}: the staff, or the people of one of those companies. */
    static boolean readsCohort(Actor actor, ClusterAccess access, Collection<UUID> cohortCompanies) {
        if (access.runs()) {
            return actor != null;
        }
        return actor != null && cohortCompanies.contains(actor.organisationId()) && readsCompany(actor, access, actor.organisationId());
    }

    /** Reads the progress and individual follow-ups of {@code company}: the staff, or that company's people. */
    static boolean readsCompany(Actor actor, ClusterAccess access, UUID company) {
        return SupportPermissions.handlesRegistration(actor, access, company);
    }
}
