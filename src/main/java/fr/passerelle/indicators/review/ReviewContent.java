package fr.passerelle.indicators.review;

import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The generated part of an annual review: the actions of the year's action plan, the totals, the budget of the year (when
 * one is recorded) and the indicators of the year against the year before, with the moment they were read (the data
 * date). Computed afresh while the review is in the director's hands; stored as JSON when it is submitted, so that
 * what the referent acknowledged stays as it was. Codes and their French labels are both kept, for the same reason.
 *
 * @param budget null when the campus recorded no budget line for the year
 */
record ReviewContent(Instant generatedAt, int year, List<ActionLine> actions, Totals totals, BudgetSummary budget,
                     List<IndicatorLine> indicators) {

    /** A label and how many it counts. */
    record Count(String label, long count) {
    }

    /** One action of the plan, as the review lists it. */
    record ActionLine(UUID id, String type, String typeLabel, String title, String status, String statusLabel, String abandonCause,
                      LocalDate startsOn, LocalDate endsOn, String place, List<String> partners, List<Count> learners, long learnersTotal,
                      int teachers, BigDecimal cost, String funder) {

        public String datesText() {
            if (startsOn == null) {
                return "—";
            }
            String from = ReviewFormat.DAY.format(startsOn);
            return endsOn == null || endsOn.equals(startsOn) ? from : "du " + from + " au " + ReviewFormat.DAY.format(endsOn);
        }

        public String partnersText() {
            return partners.isEmpty() ? "—" : String.join(", ", partners);
        }

        public String learnersText() {
            if (learners.isEmpty()) {
                return "—";
            }
            List<String> parts = new ArrayList<>();
            learners.forEach(c -> parts.add(c.label() + " : " + ReviewFormat.number(c.count())));
            return ReviewFormat.number(learnersTotal) + " (" + String.join(", ", parts) + ")";
        }

        public String fundingText() {
            if (cost == null && funder == null) {
                return "—";
            }
            return (cost == null ? "coût non renseigné" : ReviewFormat.euros(cost)) + (funder == null ? "" : ", " + funder);
        }

        public boolean abandoned() {
            return "ABANDONED".equals(status);
        }
    }

    /** The figures of the year. */
    record Totals(long actions, long done, long inProgress, long planned, long abandoned, List<Count> abandonedByCause,
                  List<Count> learnersByAudience, long learners, long teachers, BigDecimal cost) {
    }

    /** One line of the budget, planned and executed (null: not yet known). */
    record BudgetLine(String category, String label, BigDecimal planned, BigDecimal actual) {

        public String plannedText() {
            return ReviewFormat.euros(planned);
        }

        public String actualText() {
            return actual == null ? "—" : ReviewFormat.euros(actual);
        }
    }

    record BudgetSummary(List<BudgetLine> expenses, List<BudgetLine> resources, BigDecimal plannedExpenses, BigDecimal actualExpenses,
                         BigDecimal plannedResources, BigDecimal actualResources) {

        public String plannedExpensesText() {
            return ReviewFormat.euros(plannedExpenses);
        }

        public String actualExpensesText() {
            return ReviewFormat.euros(actualExpenses);
        }

        /** The share of the planned expenses executed, as « 87 % », or « — » when nothing was planned. */
        public String executionRateText() {
            if (plannedExpenses == null || plannedExpenses.signum() == 0) {
                return "—";
            }
            BigDecimal rate = actualExpenses.multiply(BigDecimal.valueOf(100)).divide(plannedExpenses, 0, java.math.RoundingMode.HALF_UP);
            return ReviewFormat.number(rate.longValue()) + " %";
        }
    }

    /** One indicator the campus tracks, the year's value and the year before's (null: nothing to count from). */
    record IndicatorLine(String code, String name, String theme, Unit unit, int maskBelow, BigDecimal current, boolean currentMasked,
                         BigDecimal previous, boolean previousMasked) {

        /** The year's value as the reader may see it: masked outside the campus's team when counted from too few rows. */
        public String currentText(boolean runsCampus) {
            return text(current, currentMasked, runsCampus);
        }

        public String previousText(boolean runsCampus) {
            return text(previous, previousMasked, runsCampus);
        }

        public String trend(boolean runsCampus) {
            if (current == null || previous == null || (!runsCampus && (currentMasked || previousMasked))) {
                return "—";
            }
            int cmp = current.compareTo(previous);
            return cmp > 0 ? "en hausse" : cmp < 0 ? "en baisse" : "stable";
        }

        private String text(BigDecimal value, boolean masked, boolean runsCampus) {
            if (value == null) {
                return "—";
            }
            if (masked && !runsCampus) {
                return "masqué (moins de " + maskBelow + ")";
            }
            NumberFormat number = NumberFormat.getNumberInstance(Locale.FRANCE);
            number.setMaximumFractionDigits(1);
            String n = number.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
            return switch (unit) {
                case PERCENT -> n + " %";
                case EUROS -> n + " €";
                case YES_NO -> value.signum() == 0 ? "non" : "oui";
                case POINTS -> n + " points";
                case COUNT -> n;
            };
        }
    }

    /** The actions by type, in the plan's order of types. */
    public Map<String, List<ActionLine>> actionsByType() {
        Map<String, List<ActionLine>> byType = new LinkedHashMap<>();
        actions.forEach(a -> byType.computeIfAbsent(a.typeLabel(), t -> new ArrayList<>()).add(a));
        return byType;
    }
}
