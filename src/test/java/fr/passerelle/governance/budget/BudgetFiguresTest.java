package fr.passerelle.governance.budget;

import fr.passerelle.governance.BudgetCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetFiguresTest {

    static BudgetFigures.Line expense(String planned, String actual) {
        return new BudgetFigures.Line(true, "ACTIONS", new BigDecimal(planned), actual == null ? null : new BigDecimal(actual));
    }

    static BudgetFigures.Line resource(BudgetCodes.Funder funder, String planned, String actual) {
        return new BudgetFigures.Line(false, funder.name(), new BigDecimal(planned), actual == null ? null : new BigDecimal(actual));
    }

    @Test
    void totalsAddPlannedAndActualSeparatelyAndAnEmptyActualCountsAsNothingYet() {
        var figures = BudgetFigures.of(List.of(expense("1000.10", "900"), expense("250.45", null),
                resource(BudgetCodes.Funder.REGION, "200000", "150000")), List.of());
        assertThat(figures.plannedExpenses()).isEqualByComparingTo("1250.55");
        assertThat(figures.actualExpenses()).isEqualByComparingTo("900.00");
        assertThat(figures.plannedResources()).isEqualByComparingTo("200000");
        assertThat(figures.plannedBalance()).isEqualByComparingTo("198749.45");
        assertThat(figures.actualBalance()).isEqualByComparingTo("149100.00");
    }

    @Test
    void coFundingIsTheShareOfMeansFromOthersThanTheStateAndTheRegionIncludingValuedContributions() {
        var figures = BudgetFigures.of(
                List.of(resource(BudgetCodes.Funder.REGION, "60000", null), resource(BudgetCodes.Funder.STATE, "20000", null),
                        resource(BudgetCodes.Funder.COMPANIES, "10000", null), resource(BudgetCodes.Funder.EU_FUNDS, "5000", null)),
                List.of(new BudgetFigures.Contribution(BudgetCodes.ContributionKind.STAFF, new BigDecimal("3000")),
                        new BudgetFigures.Contribution(BudgetCodes.ContributionKind.IN_KIND, new BigDecimal("2000"))));
        // (10,000 + 5,000 + 5,000) / (95,000 + 5,000) = 20 %
        assertThat(figures.coFundingRate()).isEqualByComparingTo("20.0");
        assertThat(figures.contributionsTotal()).isEqualByComparingTo("5000");
        assertThat(figures.contributions().get(BudgetCodes.ContributionKind.FINANCIAL)).isEqualByComparingTo("0");
    }

    @Test
    void anEmptyBudgetHasNoCoFundingRate() {
        assertThat(BudgetFigures.of(List.of(), List.of()).coFundingRate()).isNull();
    }

    @Test
    void amountsAreReadTheFrenchWay() {
        assertThat(fr.passerelle.platform.FrenchInput.amount("x", "12 500,50 €")).isEqualByComparingTo("12500.50");
        assertThat(fr.passerelle.platform.FrenchInput.amount("x", "1\u202F234,5")).isEqualByComparingTo("1234.5");
        assertThat(fr.passerelle.platform.FrenchInput.amount("x", "")).isNull();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> fr.passerelle.platform.FrenchInput.amount("x", "12,345")))
                .hasMessageContaining("deux décimales au plus");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> fr.passerelle.platform.FrenchInput.amount("x", "douze")))
                .hasMessageContaining("Montant invalide");
    }
}
