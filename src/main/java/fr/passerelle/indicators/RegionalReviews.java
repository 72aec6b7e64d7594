package fr.passerelle.indicators;

import fr.passerelle.identity.Actor;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The regional strategic committee's yearly review of the région's campuses and its validation of their indicators,
 * for other modules (the demo data). Each method checks the actor's role and scope as the pages do (the région's
 * co-pilots and the national administration record), audits the act, and throws a
 * {@link fr.passerelle.platform.BusinessRuleException} (French message) when it breaks a rule.
 */
public interface RegionalReviews {

    /** Prepares the review of the région for the year, held at that meeting of the région's strategic committee (or moves it there). */
    UUID holdAt(Actor actor, String regionCode, int year, UUID meetingId);

    /** Records the committee's appreciation of one campus of the région. */
    void appreciate(Actor actor, String regionCode, int year, UUID campusId, CommitteeAppreciation appreciation, String comment,
                    String recommendations);

    /** Records the committee's overall conclusion for the région. */
    void conclude(Actor actor, String regionCode, int year, String conclusion);

    /** Records the committee's validation of the indicators: keeps a snapshot of every value and closes the review. */
    void validate(Actor actor, String regionCode, int year);

    /**
     * Runs acts as if the time were {@code clock}'s: to record a past review at the date of its meeting (the demo data's
     * review of last year). Nobody is notified of acts past; the audit trail still dates each act by the platform's clock.
     */
    <T> T replayedAt(Clock clock, Supplier<T> acts);
}
