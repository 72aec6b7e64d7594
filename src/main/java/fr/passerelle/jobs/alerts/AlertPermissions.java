package fr.passerelle.jobs.alerts;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may save, read, rename, pause and delete alerts: a candidate, on their own alerts only. Another candidate's alert
 * is treated as absent (404), so that its existence is not revealed; every other role is refused (403).
 */
final class AlertPermissions {

    private AlertPermissions() {
    }

    static boolean mayHaveAlerts(Actor actor) {
        return actor != null && actor.role() == Role.CANDIDATE && actor.accountId() != null;
    }

    static void requireCandidate(Actor actor) {
        if (!mayHaveAlerts(actor)) {
            throw new AccessDeniedException("Les alertes sont réservées aux candidat·es, chacun·e pour les siennes.");
        }
    }

    /** Whether the candidate of profile {@code candidateId} owns the alert of profile {@code alertCandidateId}. */
    static boolean owns(UUID candidateId, UUID alertCandidateId) {
        return candidateId != null && candidateId.equals(alertCandidateId);
    }
}
