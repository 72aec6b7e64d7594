package fr.passerelle.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What is recorded about one action of a campus's action plan.
 *
 * @param year         the year of the action plan the action belongs to
 * @param abandonCause why the action was abandoned; required when {@code status} is ABANDONED
 * @param partnerIds   the partner organisations of the campus involved in the action
 * @param learners     learners reached, by audience (audiences reached by no one may be left out)
 * @param cost         what the action costs, in euros, or null when not known
 * @param funder       the funder paying for it (a budget funder code, e.g. REGION), or null
 * @param budgetLineId the resource line of that year's budget that funds it, if any (its funder wins)
 */
public record ActionDetails(int year, ActionCodes.Type type, String title, String description, ActionCodes.Status status,
                            String abandonCause, LocalDate startsOn, LocalDate endsOn, String place, Visibility visibility,
                            Set<UUID> partnerIds, Map<ActionCodes.Audience, Reach> learners, int teachers, BigDecimal cost,
                            String funder, UUID budgetLineId) {

    /** Learners reached, by sex: girls or women, boys or men, and those whose sex was not recorded. */
    public record Reach(int girls, int boys, int unspecified) {

        public static final Reach NONE = new Reach(0, 0, 0);

        public int total() {
            return girls + boys + unspecified;
        }

        public Reach plus(Reach other) {
            return new Reach(girls + other.girls, boys + other.boys, unspecified + other.unspecified);
        }

        public boolean isNegative() {
            return girls < 0 || boys < 0 || unspecified < 0;
        }
    }
}
