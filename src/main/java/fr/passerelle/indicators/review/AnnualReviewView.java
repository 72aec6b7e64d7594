package fr.passerelle.indicators.review;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.indicators.AnnualReviews;
import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A campus's annual review of a year as its page and PDF show it: the generated part (frozen once submitted, else
 * generated on reading), the director's commentary, the history, the due date, and what the reader may do.
 *
 * @param id         null while the review is not begun
 * @param frozen     whether {@code content} is the snapshot stored at submission
 * @param runsCampus whether the reader runs the campus (sees the values counted from too few rows)
 */
record AnnualReviewView(UUID id, CampusCard campus, int year, AnnualReviewStatus status, long version, ReviewContent content, boolean frozen,
                        Map<String, String> commentary, List<StepView> steps, LocalDate due, boolean overdue, boolean runsCampus, May may) {

    /** What the reader may do now. */
    record May(boolean write, boolean acknowledge) {
    }

    record StepView(Instant occurredAt, String actorName, AnnualReview.Act act, String comment) {

        public String when() {
            return Times.current().stamp(occurredAt);
        }
    }

    /** The commentary of a section or action, or null. */
    public String text(String key) {
        return commentary.get(key);
    }

    public String sectionText(AnnualReviews.Section section) {
        return commentary.get(section.name());
    }

    public String actionText(UUID actionId) {
        return commentary.get(AnnualReviews.actionSection(actionId));
    }

    public String dueText() {
        return ReviewFormat.DAY.format(due);
    }

    /** When the figures were read from the platform, in Paris time. */
    public String dataDateText() {
        return Times.current().stamp(content.generatedAt());
    }

    public boolean mayAct() {
        return may.write() || may.acknowledge();
    }
}
