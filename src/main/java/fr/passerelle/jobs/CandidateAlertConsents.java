package fr.passerelle.jobs;

import fr.passerelle.identity.Actor;
import java.util.Optional;
import java.util.UUID;

/**
 * What the candidates' e-mail alerts need to know of a candidate: their profile, and whether they consent to alerts
 * now (the consent « Alertes » of their space) — withdrawn, no alert of theirs is sent any more.
 */
public interface CandidateAlertConsents {

    /** The candidate's profile identifier of this actor, opened if needed; refused (403) to any other role. */
    UUID candidateOf(Actor actor);

    /** Whether the candidate consents to e-mail alerts now. */
    boolean consentsToAlerts(UUID candidateId);

    /** The e-mail address to send the candidate's alerts to, only while they consent to alerts. */
    Optional<String> alertRecipient(UUID candidateId);
}
