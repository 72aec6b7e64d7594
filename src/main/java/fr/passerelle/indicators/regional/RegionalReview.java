package fr.passerelle.indicators.regional;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The regional strategic committee's review of the région's campuses for one year: held at one meeting of the
 * committee, with an overall conclusion. It is {@link #prepare prepared} open, {@link #holdAt held at} a meeting,
 * {@link #conclude concluded}, {@link #close closed} by the validation of the indicators, and {@link #reopen reopened}
 * for a correction.
 */
@Entity
@Table(name = "regional_review")
class RegionalReview {

    static final int CONCLUSION_MAX = 8000;

    enum Status {
        OPEN("En préparation", "info"),
        CLOSED("Close — indicateurs validés", "success");

        private final String label;
        private final String badge;

        Status(String label, String badge) {
            this.label = label;
            this.badge = badge;
        }

        public String label() {
            return label;
        }

        public String badge() {
            return badge;
        }
    }

    @Id
    private UUID id;
    private String regionCode;
    private int year;
    private UUID meetingId;
    private String meetingText;
    @Column(columnDefinition = "text")
    private String conclusion;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private String createdBy;
    private Instant closedAt;
    private String closedBy;
    @Version
    private long version;

    protected RegionalReview() {
    }

    static RegionalReview prepare(String regionCode, int year, UUID meetingId, String meetingText, String by, Clock clock) {
        RegionalReview review = new RegionalReview();
        review.id = UUID.randomUUID();
        review.regionCode = regionCode;
        review.year = year;
        review.status = Status.OPEN;
        review.createdAt = Instant.now(clock);
        review.createdBy = by;
        review.holdAt(meetingId, meetingText);
        return review;
    }

    /** The committee meeting at which the review is held. */
    void holdAt(UUID meetingId, String meetingText) {
        requireOpen();
        if (meetingId == null) {
            throw new BusinessRuleException("meetingId", "Choisissez la réunion du comité stratégique régional où la revue est tenue.");
        }
        this.meetingId = meetingId;
        this.meetingText = meetingText;
    }

    /** The committee's overall conclusion for the région. */
    void conclude(String text) {
        requireOpen();
        String typed = Text.trimToNull(text);
        if (Text.longerThan(typed, CONCLUSION_MAX)) {
            throw new BusinessRuleException("conclusion", "La conclusion fait 8000 caractères au plus.");
        }
        this.conclusion = typed;
    }

    /** Closes the review once the committee validated the indicators; it needs its conclusion. */
    void close(String by, Clock clock) {
        requireOpen();
        if (conclusion == null) {
            throw new BusinessRuleException("Rédigez la conclusion du comité pour la région avant de valider les indicateurs.");
        }
        status = Status.CLOSED;
        closedAt = Instant.now(clock);
        closedBy = by;
    }

    /** Reopens a closed review for a correction. */
    void reopen() {
        if (status != Status.CLOSED) {
            throw new BusinessRuleException("Cette revue est déjà ouverte.");
        }
        status = Status.OPEN;
        closedAt = null;
        closedBy = null;
    }

    void requireOpen() {
        if (status == Status.CLOSED) {
            throw new BusinessRuleException("Cette revue est close : rouvrez-la, avec le motif de la correction, pour la modifier.");
        }
    }

    UUID id() {
        return id;
    }

    String regionCode() {
        return regionCode;
    }

    int year() {
        return year;
    }

    UUID meetingId() {
        return meetingId;
    }

    String meetingText() {
        return meetingText;
    }

    String conclusion() {
        return conclusion;
    }

    Status status() {
        return status;
    }

    boolean closed() {
        return status == Status.CLOSED;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedBy() {
        return closedBy;
    }

    long version() {
        return version;
    }
}
