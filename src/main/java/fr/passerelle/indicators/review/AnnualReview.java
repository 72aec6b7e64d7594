package fr.passerelle.indicators.review;

import fr.passerelle.indicators.AnnualReviews;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The annual review of one campus's actions for one year: the operational director's commentary (overall, per section,
 * per action) beside the figures the platform generates, and its workflow — the director {@link #comment comments}
 * and {@link #submit submits}; the academic referent of the campus's main académie {@link #acknowledge acknowledges} it
 * or {@link #sendBack sends it back}, and the director submits again. Each act checks where it stands and is kept as a
 * step of its history. The generated part frozen at submission is stored beside it by the service.
 */
@Entity
@Table(name = "annual_review")
class AnnualReview extends AbstractAggregateRoot<AnnualReview> {

    static final int TEXT_MAX = 6000;
    static final int COMMENT_MAX = 2000;

    /** The acts its history records. */
    enum Act {
        DRAFTED("Commentaire enregistré par la direction"),
        SUBMITTED("Déposé par la direction"),
        SENT_BACK("Renvoyé à la direction par le référent académique"),
        ACKNOWLEDGED("Pris en compte par le référent académique");

        private final String label;

        Act(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One step of its history. */
    @Embeddable
    static class Step {
        private Instant occurredAt;
        private String actorName;
        @Enumerated(EnumType.STRING)
        private Act act;
        @Column(columnDefinition = "text")
        private String comment;

        protected Step() {
        }

        Step(Instant occurredAt, String actorName, Act act, String comment) {
            this.occurredAt = occurredAt;
            this.actorName = actorName;
            this.act = act;
            this.comment = comment;
        }

        Instant occurredAt() {
            return occurredAt;
        }

        String actorName() {
            return actorName;
        }

        Act act() {
            return act;
        }

        String comment() {
            return comment;
        }
    }

    @Id
    private UUID id;
    private UUID campusId;
    private int year;
    @Enumerated(EnumType.STRING)
    private AnnualReviewStatus status;
    private Instant submittedAt;
    private Instant acknowledgedAt;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "annual_review_commentary", joinColumns = @JoinColumn(name = "annual_review_id"))
    @MapKeyColumn(name = "section")
    @Column(name = "text", columnDefinition = "text")
    private Map<String, String> commentary = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "annual_review_step", joinColumns = @JoinColumn(name = "annual_review_id"))
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();

    protected AnnualReview() {
    }

    /** Begins the review of a year, in the director's hands. */
    static AnnualReview begin(UUID campusId, int year, Clock clock) {
        AnnualReview review = new AnnualReview();
        review.id = UUID.randomUUID();
        review.campusId = campusId;
        review.year = year;
        review.status = AnnualReviewStatus.DRAFT;
        review.createdAt = Instant.now(clock);
        return review;
    }

    // ---- Acts

    /**
     * Records what the director wrote, while the review is in their hands: {@code written} by section key (a
     * {@link AnnualReviews.Section} name, or an action's key among {@code actionKeys}); blank texts are removed.
     * Returns false when nothing changed.
     */
    boolean comment(Map<String, String> written, java.util.Set<String> actionKeys, String by, Clock clock) {
        requireInDirectorsHands("modifié");
        Map<String, String> kept = new HashMap<>();
        for (var e : written.entrySet()) {
            String key = e.getKey();
            boolean section = java.util.Arrays.stream(AnnualReviews.Section.values()).anyMatch(s -> s.name().equals(key));
            if (!section && !actionKeys.contains(key) && !commentary.containsKey(key)) {
                throw new BusinessRuleException("Commentez les sections du bilan et les actions de son année.");
            }
            String text = Text.trimToNull(e.getValue());
            if (Text.longerThan(text, TEXT_MAX)) {
                throw new BusinessRuleException(field(key), Text.tooLong("Le commentaire", text, TEXT_MAX));
            }
            if (text != null) {
                kept.put(key, text);
            }
        }
        if (kept.equals(commentary)) {
            return false;
        }
        commentary.clear();
        commentary.putAll(kept);
        steps.add(new Step(Instant.now(clock), by, Act.DRAFTED, null));
        return true;
    }

    /** Submits it to the academic referent: the overall commentary must be written. */
    void submit(String by, Clock clock) {
        requireInDirectorsHands("déposé");
        if (commentary.get(AnnualReviews.Section.OVERALL.name()) == null) {
            throw new BusinessRuleException(field(AnnualReviews.Section.OVERALL.name()),
                    "Écrivez le commentaire d’ensemble avant de déposer le bilan.");
        }
        boolean again = status == AnnualReviewStatus.RETURNED;
        status = AnnualReviewStatus.SUBMITTED;
        submittedAt = Instant.now(clock);
        steps.add(new Step(submittedAt, by, Act.SUBMITTED, null));
        registerEvent(new AnnualReviewEvents.Submitted(id, again));
    }

    /** The academic referent acknowledges it, with a comment. */
    void acknowledge(String comment, String by, Clock clock) {
        requireSubmitted("pris en compte");
        String text = comment(comment, "Écrivez votre commentaire : il accompagne la prise en compte du bilan.");
        status = AnnualReviewStatus.ACKNOWLEDGED;
        acknowledgedAt = Instant.now(clock);
        steps.add(new Step(acknowledgedAt, by, Act.ACKNOWLEDGED, text));
        registerEvent(new AnnualReviewEvents.Acknowledged(id, text));
    }

    /** The academic referent sends it back to the director, saying why. */
    void sendBack(String reason, String by, Clock clock) {
        requireSubmitted("renvoyé à la direction");
        String text = comment(reason, "Dites à la direction ce qu’il faut reprendre : le motif est obligatoire pour renvoyer.");
        status = AnnualReviewStatus.RETURNED;
        steps.add(new Step(Instant.now(clock), by, Act.SENT_BACK, text));
        registerEvent(new AnnualReviewEvents.SentBack(id, text));
    }

    private void requireInDirectorsHands(String what) {
        if (!status.inDirectorsHands()) {
            throw new BusinessRuleException("Ce bilan est « " + status.label().toLowerCase(Locale.FRENCH) + " » : il ne peut plus être "
                    + what + " par la direction.");
        }
    }

    private void requireSubmitted(String what) {
        if (status != AnnualReviewStatus.SUBMITTED) {
            throw new BusinessRuleException("Ce bilan est au statut « " + status.label() + " » : il ne peut pas être " + what + " maintenant.");
        }
    }

    private static String comment(String comment, String missing) {
        String text = Text.trimToNull(comment);
        if (text == null) {
            throw new BusinessRuleException("comment", missing);
        }
        if (Text.longerThan(text, COMMENT_MAX)) {
            throw new BusinessRuleException("comment", Text.tooLong("Le commentaire", text, COMMENT_MAX));
        }
        return text;
    }

    /** The form field of a section's commentary: {@code texts[OVERALL]}. */
    static String field(String key) {
        return "texts[" + key + "]";
    }

    // ---- Reading

    UUID id() {
        return id;
    }

    UUID campusId() {
        return campusId;
    }

    int year() {
        return year;
    }

    AnnualReviewStatus status() {
        return status;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    long version() {
        return version;
    }

    Map<String, String> commentary() {
        return Map.copyOf(commentary);
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }
}
