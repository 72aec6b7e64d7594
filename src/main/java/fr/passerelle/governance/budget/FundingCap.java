package fr.passerelle.governance.budget;

import fr.passerelle.governance.BudgetCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ceiling a funder puts on its aid: PIA / France 2030 aid is « au maximum 50% des dépenses éligibles du projet »,
 * so a request to it records those eligible expenses and asks for (and is granted) at most half of them. Plain rule,
 * field by field, in French.
 */
final class FundingCap {

    private FundingCap() {
    }

    /**
     * What breaks the funder's ceiling, by field ({@code eligibleExpenses}, {@code amountAsked}, {@code amountGranted});
     * empty when nothing does. A null amount asked or granted is not checked here (its own rule reports it).
     */
    static Map<String, String> problems(BudgetCodes.Funder funder, BigDecimal eligibleExpenses, BigDecimal amountAsked,
                                        BigDecimal amountGranted) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (eligibleExpenses != null && eligibleExpenses.signum() <= 0) {
            problems.put("eligibleExpenses", "Le montant des dépenses éligibles doit être positif.");
            return problems;
        }
        BigDecimal share = funder == null ? null : funder.maxShareOfEligibleExpenses();
        if (share == null) {
            return problems;
        }
        String percent = share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        if (eligibleExpenses == null) {
            problems.put("eligibleExpenses", "Indiquez le montant des dépenses éligibles du projet : l'aide " + funder.label()
                    + " en couvre au plus " + percent + ".");
            return problems;
        }
        BigDecimal ceiling = ceiling(funder, eligibleExpenses);
        if (amountAsked != null && amountAsked.compareTo(ceiling) > 0) {
            problems.put("amountAsked", "L'aide " + funder.label() + " ne peut dépasser " + percent + " des dépenses éligibles : au plus "
                    + euros(ceiling) + " pour " + euros(eligibleExpenses) + " de dépenses éligibles.");
        }
        if (amountGranted != null && amountGranted.compareTo(ceiling) > 0) {
            problems.put("amountGranted", "L'aide " + funder.label() + " accordée ne peut dépasser " + percent + " des dépenses éligibles : au plus "
                    + euros(ceiling) + " pour " + euros(eligibleExpenses) + " de dépenses éligibles.");
        }
        return problems;
    }

    /** The most the funder may give for these eligible expenses, to the cent; null when it sets no ceiling. */
    static BigDecimal ceiling(BudgetCodes.Funder funder, BigDecimal eligibleExpenses) {
        BigDecimal share = funder.maxShareOfEligibleExpenses();
        return share == null || eligibleExpenses == null ? null : eligibleExpenses.multiply(share).setScale(2, RoundingMode.DOWN);
    }

    private static String euros(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }
}
