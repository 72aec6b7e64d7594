package fr.passerelle.indicators;

import fr.passerelle.identity.Actor;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The annual review of a campus's actions (« bilan annuel des actions »), for other modules (the demo data): generated
 * from the action plan, the budget and the indicators of a year, commented by the operational director, submitted to the
 * academic referent of the campus's main académie, who acknowledges it or sends it back. Each method checks the actor's
 * role and scope as the pages do, audits the act, and throws a {@link fr.passerelle.platform.BusinessRuleException}
 * (French message) when the act breaks a rule, or Spring Security's {@code AccessDeniedException} when it is not the
 * actor's to do.
 */
public interface AnnualReviews {

    /** The sections of the review the director comments on, besides each action ({@link #actionSection}). */
    enum Section {
        OVERALL("Commentaire d’ensemble"),
        ACTIONS("Les actions de l’année"),
        TOTALS("Le bilan chiffré"),
        BUDGET("Le budget"),
        INDICATORS("Les indicateurs");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The key of the commentary on one action of the plan. */
    static String actionSection(UUID actionId) {
        return "action-" + actionId;
    }

    /** The version of a campus's review of a year, to act on it; -1 while it is not begun. */
    long version(UUID campusId, int year);

    /**
     * Records the commentary (by {@link Section} name or {@link #actionSection}; blank texts are removed), beginning the
     * review when it is not yet: the director of the campus or the national administration, while it is in the
     * director's hands.
     */
    void draft(Actor actor, UUID campusId, int year, long version, Map<String, String> commentary);

    /** Submits it to the academic referent, freezing its generated part; the overall commentary must be written. */
    void submit(Actor actor, UUID campusId, int year, long version);

    /** The academic referent of the campus's main académie acknowledges it, with a comment. */
    void acknowledge(Actor actor, UUID campusId, int year, long version, String comment);

    /** The academic referent of the campus's main académie sends it back to the director, saying why. */
    void sendBack(Actor actor, UUID campusId, int year, long version, String reason);

    /**
     * Runs acts as if the time were {@code clock}'s: to record a past review at the dates it happened (the demo data).
     * Nobody is notified of acts past; the audit trail still dates each act by the platform's clock.
     */
    <T> T replayedAt(Clock clock, Supplier<T> acts);
}
