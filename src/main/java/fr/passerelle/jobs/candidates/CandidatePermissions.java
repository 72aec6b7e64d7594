package fr.passerelle.jobs.candidates;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may act on a candidate's profile, CV, consents, export and erasure: the candidate alone, on their own account.
 * No other role reads them here (the members-only CV bank, with its own rule, comes later).
 */
final class CandidatePermissions {

    private CandidatePermissions() {
    }

    /** Whether the actor is a candidate, who then acts on their own account only. */
    static boolean hasSpace(Actor actor) {
        return actor != null && switch (actor.role()) {
            case CANDIDATE -> actor.accountId() != null;
            case NATIONAL_ADMIN, REGIONAL_COORDINATOR, REGIONAL_COUNCIL, ACADEMY_REFERENT, OPERATIONAL_DIRECTOR, PARTNER_MEMBER,
                 COMPANY_RECRUITER, CLUSTER_STAFF, EXPERT, LABOUR_CORRESPONDENT -> false;
        };
    }

    static void requireCandidate(Actor actor) {
        if (!hasSpace(actor)) {
            throw new AccessDeniedException("L'espace candidat est réservé aux candidat·es, chacun·e pour son propre compte.");
        }
    }

    /** Whether the actor may read or change this profile: its own candidate only. */
    static boolean owns(Actor actor, java.util.UUID profileAccountId) {
        return hasSpace(actor) && actor.role() == Role.CANDIDATE && actor.accountId().equals(profileAccountId);
    }
}
