package fr.passerelle.jobs.cvbank;

import fr.passerelle.identity.Actor;
import java.util.Set;
import java.util.UUID;

/**
 * Who reads the CV bank: the recruiters of a company whose membership of a cluster is active today, and no one else —
 * not the cluster's staff, not the administration, not an ex-member, not a candidate. Which candidates they read (those
 * who consented, with an active profile) is the search's own filter ({@link CvBankQuery}).
 */
final class CvBankPermissions {

    private CvBankPermissions() {
    }

    /** Whether the actor reads the CV bank, given the clusters their organisation is an active member of today. */
    static boolean reads(Actor actor, Set<UUID> activeClustersOfOrganisation) {
        return actor != null && switch (actor.role()) {
            case COMPANY_RECRUITER -> actor.organisationId() != null && !activeClustersOfOrganisation.isEmpty();
            case NATIONAL_ADMIN, REGIONAL_COORDINATOR, REGIONAL_COUNCIL, ACADEMY_REFERENT, OPERATIONAL_DIRECTOR, PARTNER_MEMBER,
                 CLUSTER_STAFF, EXPERT, LABOUR_CORRESPONDENT, CANDIDATE -> false;
        };
    }
}
