package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.LocalDate;

/** A campaign as its pages show it, with how many self-evaluations it holds in the reader's scope and how many are validated. */
record CampaignView(int year, LocalDate submissionDue, LocalDate reviewDue, LocalDate validationDue, Instant openedAt, String openedBy,
                    Instant closedAt, long version, long selfEvaluations, long validated) {

    static CampaignView of(Campaign c, long selfEvaluations, long validated) {
        return new CampaignView(c.year(), c.submissionDue(), c.reviewDue(), c.validationDue(), c.openedAt(), c.openedBy(), c.closedAt(),
                c.version(), selfEvaluations, validated);
    }

    public boolean closed() {
        return closedAt != null;
    }

    public String submissionDueText() {
        return SelfEvaluationView.DAY.format(submissionDue);
    }

    public String reviewDueText() {
        return SelfEvaluationView.DAY.format(reviewDue);
    }

    public String validationDueText() {
        return SelfEvaluationView.DAY.format(validationDue);
    }

    public String openedAtText() {
        return Times.current().stamp(openedAt);
    }

    public String closedAtText() {
        return closedAt == null ? null : Times.current().stamp(closedAt);
    }

    public LocalDate due(Stage stage) {
        return switch (stage) {
            case SUBMISSION -> submissionDue;
            case REVIEW -> reviewDue;
            case VALIDATION -> validationDue;
        };
    }
}
