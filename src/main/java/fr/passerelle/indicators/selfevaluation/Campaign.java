package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The self-evaluation campaign of a year: opened by the national administrator with its three deadlines (the
 * director's submission, the academic referent's review, the regional strategic committee's validation), which may
 * only be pushed back, and closed once over. A closed campaign takes no more act.
 */
@Entity
@Table(name = "self_evaluation_campaign")
class Campaign {

    @Id
    private int year;
    private java.util.UUID id;
    private LocalDate submissionDue;
    private LocalDate reviewDue;
    private LocalDate validationDue;
    private Instant openedAt;
    private String openedBy;
    private Instant closedAt;
    private String closedBy;
    @Version
    private long version;

    protected Campaign() {
    }

    static Campaign open(int year, LocalDate submissionDue, LocalDate reviewDue, LocalDate validationDue, String by, Clock clock) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("year", "Indiquez une année entre 2000 et 2100.");
        }
        checkDeadlines(submissionDue, reviewDue, validationDue);
        if (submissionDue.isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("submissionDue", "La date limite de dépôt est déjà passée : choisissez une date à venir.");
        }
        var campaign = new Campaign();
        campaign.year = year;
        campaign.id = java.util.UUID.randomUUID();
        campaign.submissionDue = submissionDue;
        campaign.reviewDue = reviewDue;
        campaign.validationDue = validationDue;
        campaign.openedAt = Instant.now(clock);
        campaign.openedBy = by;
        return campaign;
    }

    static void checkDeadlines(LocalDate submissionDue, LocalDate reviewDue, LocalDate validationDue) {
        if (submissionDue == null) {
            throw new BusinessRuleException("submissionDue", "Indiquez la date limite de dépôt par les directions.");
        }
        if (reviewDue == null) {
            throw new BusinessRuleException("reviewDue", "Indiquez la date limite d’examen par les référents académiques.");
        }
        if (validationDue == null) {
            throw new BusinessRuleException("validationDue", "Indiquez la date limite de validation par les comités stratégiques régionaux.");
        }
        if (reviewDue.isBefore(submissionDue)) {
            throw new BusinessRuleException("reviewDue", "L’examen académique ne peut s’achever avant la date limite de dépôt.");
        }
        if (validationDue.isBefore(reviewDue)) {
            throw new BusinessRuleException("validationDue", "La validation régionale ne peut s’achever avant la date limite d’examen académique.");
        }
    }

    /** Pushes a deadline of the whole campaign back; the later ones follow when they would come before it. */
    LocalDate extend(Stage stage, LocalDate until) {
        requireOpen();
        LocalDate before = due(stage);
        requireLater(before, until);
        switch (stage) {
            case SUBMISSION -> submissionDue = until;
            case REVIEW -> reviewDue = until;
            case VALIDATION -> validationDue = until;
        }
        if (reviewDue.isBefore(submissionDue)) {
            reviewDue = submissionDue;
        }
        if (validationDue.isBefore(reviewDue)) {
            validationDue = reviewDue;
        }
        return before;
    }

    static void requireLater(LocalDate current, LocalDate until) {
        if (until == null) {
            throw new BusinessRuleException("until", "Indiquez la nouvelle date limite.");
        }
        if (!until.isAfter(current)) {
            throw new BusinessRuleException("until", "Une prolongation repousse la date limite : choisissez une date après le "
                    + SelfEvaluationView.DAY.format(current) + ".");
        }
    }

    void close(String by, Clock clock) {
        requireOpen();
        closedAt = Instant.now(clock);
        closedBy = by;
    }

    void requireOpen() {
        if (closedAt != null) {
            throw new BusinessRuleException("La campagne d’auto-évaluation " + year + " est close.");
        }
    }

    LocalDate due(Stage stage) {
        return switch (stage) {
            case SUBMISSION -> submissionDue;
            case REVIEW -> reviewDue;
            case VALIDATION -> validationDue;
        };
    }

    boolean isClosed() {
        return closedAt != null;
    }

    java.util.UUID id() {
        return id;
    }

    int year() {
        return year;
    }

    LocalDate submissionDue() {
        return submissionDue;
    }

    LocalDate reviewDue() {
        return reviewDue;
    }

    LocalDate validationDue() {
        return validationDue;
    }

    Instant openedAt() {
        return openedAt;
    }

    String openedBy() {
        return openedBy;
    }

    Instant closedAt() {
        return closedAt;
    }

    long version() {
        return version;
    }
}
