package fr.passerelle.governance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.governance.BudgetCodes.Funder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PIA / France 2030 aid covers « au maximum 50% des dépenses éligibles du projet »; other funders set no such ceiling here. */
class FundingCapTest {

    @Test
    void aPiaRequestUpToHalfOfTheEligibleExpensesIsAccepted() {
        assertThat(FundingCap.problems(Funder.FRANCE_2030, new BigDecimal("200000"), new BigDecimal("100000"), null)).isEmpty();
        assertThat(FundingCap.problems(Funder.FRANCE_2030, new BigDecimal("200000"), new BigDecimal("90000"), new BigDecimal("100000"))).isEmpty();
    }

    @Test
    void aPiaRequestAboveHalfOfTheEligibleExpensesIsRefusedOnTheAmountAsked() {
        var problems = FundingCap.problems(Funder.FRANCE_2030, new BigDecimal("200000"), new BigDecimal("100000.01"), null);
        assertThat(problems).containsOnlyKeys("amountAsked");
        assertThat(problems.get("amountAsked")).contains("50 %", "100\u202f000,00\u00a0€", "200\u202f000,00\u00a0€");
    }

    @Test
    void aPiaGrantAboveHalfOfTheEligibleExpensesIsRefusedOnTheAmountGranted() {
        assertThat(FundingCap.problems(Funder.FRANCE_2030, new BigDecimal("1000"), null, new BigDecimal("600"))).containsOnlyKeys("amountGranted");
    }

    @Test
    void aPiaRequestNeedsItsEligibleExpenses() {
        assertThat(FundingCap.problems(Funder.FRANCE_2030, null, new BigDecimal("1000"), null)).containsOnlyKeys("eligibleExpenses");
    }

    @Test
    void otherFundersSetNoCeilingButEligibleExpensesMustBePositive() {
        for (Funder funder : Funder.values()) {
            if (funder != Funder.FRANCE_2030) {
                assertThat(FundingCap.problems(funder, new BigDecimal("1000"), new BigDecimal("5000"), new BigDecimal("5000"))).isEmpty();
                assertThat(FundingCap.problems(funder, null, new BigDecimal("5000"), null)).isEmpty();
            }
        }
        assertThat(FundingCap.problems(Funder.INTERREG, BigDecimal.ZERO, new BigDecimal("5000"), null)).containsOnlyKeys("eligibleExpenses");
    }

    @Test
    void theCeilingIsHalfToTheCentRoundedDown() {
        assertThat(FundingCap.ceiling(Funder.FRANCE_2030, new BigDecimal("1000.01"))).isEqualByComparingTo("500.00");
        assertThat(FundingCap.ceiling(Funder.REGION, new BigDecimal("1000"))).isNull();
    }
}
