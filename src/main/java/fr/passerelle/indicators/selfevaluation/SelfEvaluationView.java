package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.governance.ActionSummary;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A campus's self-evaluation of a year as its page and its PDF show it, with what the reader may do with it. */
record SelfEvaluationView(UUID id, CampusCard campus, CampaignView campaign, SelfEvaluationStatus status, long version,
                          List<ThemeView> themes, List<StepView> steps, Deadline submission, Deadline review, Deadline validation,
                          LocalDate currentDeadline, boolean overdue, LocalDate committeeMetOn, Instant readNationallyAt,
                          String readNationallyBy, May may) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the reader may do now: each flag is the rule the act checks, and the state it needs. */
    record May(boolean draft, boolean submit, boolean review, boolean validate, boolean markRead, boolean extend) {

        boolean anything() {
            return draft || submit || review || validate || markRead || extend;
        }
    }

    /** A deadline for this campus, and whether it was extended for it alone. */
    record Deadline(Stage stage, LocalDate on, boolean extendedForCampus) {

        public String text() {
            return DAY.format(on);
        }
    }

    record ThemeView(Theme theme, Rating rating, String strengths, String progressAreas, String plannedActions,
                     List<ActionSummary> actions, Set<UUID> actionIds) {

        public boolean plans(UUID actionId) {
            return actionIds.contains(actionId);
        }

        public String ratingValue() {
            return rating == null ? "" : Integer.toString(rating.value());
        }
    }

    record StepView(Instant occurredAt, String actorName, SelfEvaluation.Act act, String comment, LocalDate committeeMetOn) {

        public String when() {
            return Times.current().stamp(occurredAt);
        }

        public String committeeMetOnText() {
            return committeeMetOn == null ? null : DAY.format(committeeMetOn);
        }
    }

    public String currentDeadlineText() {
        return currentDeadline == null ? null : DAY.format(currentDeadline);
    }

    public String committeeMetOnText() {
        return committeeMetOn == null ? null : DAY.format(committeeMetOn);
    }

    public String readNationallyText() {
        return readNationallyAt == null ? null : Times.current().stamp(readNationallyAt);
    }

    public boolean readOnly() {
        return !may.draft();
    }
}
