package fr.passerelle.governance.budget;

import fr.passerelle.governance.BudgetCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a budget, in plain Java. Expenses and resources are totalled planned and actual (an actual
 * left empty counts as nothing spent or received yet); partners' contributions are valued by kind. The co-funding
 * rate is the share of the campus's means that comes from others than the State and the région:
 * (planned resources from co-funders + valued contributions) / (planned resources + valued contributions).
 */
record BudgetFigures(BigDecimal plannedExpenses, BigDecimal actualExpenses, BigDecimal plannedResources,
                     BigDecimal actualResources, Map<BudgetCodes.ContributionKind, BigDecimal> contributions,
                     BigDecimal contributionsTotal, BigDecimal coFundingRate) {

    record Line(boolean expense, String category, BigDecimal planned, BigDecimal actual) {
    }

    record Contribution(BudgetCodes.ContributionKind kind, BigDecimal valuation) {
    }

    static BudgetFigures of(List<Line> lines, List<Contribution> contributions) {
        BigDecimal plannedExpenses = sum(lines.stream().filter(Line::expense).map(Line::planned).toList());
        BigDecimal actualExpenses = sum(lines.stream().filter(Line::expense).map(Line::actual).toList());
        BigDecimal plannedResources = sum(lines.stream().filter(l -> !l.expense()).map(Line::planned).toList());
        BigDecimal actualResources = sum(lines.stream().filter(l -> !l.expense()).map(Line::actual).toList());
        BigDecimal coFunders = sum(lines.stream().filter(l -> !l.expense() && BudgetCodes.Funder.valueOf(l.category()).coFunds())
                .map(Line::planned).toList());
        Map<BudgetCodes.ContributionKind, BigDecimal> byKind = new EnumMap<>(BudgetCodes.ContributionKind.class);
        for (BudgetCodes.ContributionKind kind : BudgetCodes.ContributionKind.values()) {
            byKind.put(kind, sum(contributions.stream().filter(c -> c.kind() == kind).map(Contribution::valuation).toList()));
        }
        BigDecimal contributionsTotal = sum(List.copyOf(byKind.values()));
        BigDecimal means = plannedResources.add(contributionsTotal);
        BigDecimal rate = means.signum() == 0 ? null
                : coFunders.add(contributionsTotal).multiply(BigDecimal.valueOf(100)).divide(means, 1, RoundingMode.HALF_UP);
        return new BudgetFigures(plannedExpenses, actualExpenses, plannedResources, actualResources, byKind, contributionsTotal, rate);
    }

    /** The co-funding rate for people, e.g. "33,3 %". */
    public String coFundingText() {
        if (coFundingRate == null) {
            return "—";
        }
        var format = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(coFundingRate) + " %";
    }

    /** The figures in euros, for people. */
    public String text(String figure) {
        return Budgets.euros(switch (figure) {
            case "plannedExpenses" -> plannedExpenses;
            case "actualExpenses" -> actualExpenses;
            case "plannedResources" -> plannedResources;
            case "actualResources" -> actualResources;
            case "plannedBalance" -> plannedBalance();
            case "contributionsTotal" -> contributionsTotal;
            default -> throw new IllegalArgumentException(figure);
        });
    }

    BigDecimal plannedBalance() {
        return plannedResources.subtract(plannedExpenses);
    }

    BigDecimal actualBalance() {
        return actualResources.subtract(actualExpenses);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
