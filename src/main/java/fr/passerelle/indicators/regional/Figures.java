package fr.passerelle.indicators.regional;

import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Values as French readers write them: « 1 234,5 », « 73,9 % », « oui »; a dash for none. */
final class Figures {

    private Figures() {
    }

    static String value(BigDecimal value, Unit unit) {
        if (value == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        symbols.setDecimalSeparator(',');
        String number = new DecimalFormat("#,##0.##", symbols).format(value);
        return switch (unit) {
            case COUNT -> number;
            case PERCENT -> number + " %";
            case POINTS -> number + (value.abs().compareTo(BigDecimal.ONE) <= 0 ? " point" : " points");
            case EUROS -> number + " €";
            case YES_NO -> value.signum() == 0 ? "non" : "oui";
        };
    }

    /** What a reader outside the team sees of a value counted from too few rows. */
    static String masked(int maskBelow) {
        return "< " + maskBelow + " réponses";
    }

    /** « en hausse », « en baisse », « stable », or « — » when either value is missing or masked. */
    static String trend(BigDecimal now, BigDecimal before, boolean hidden) {
        if (now == null || before == null || hidden) {
            return "—";
        }
        int compared = now.compareTo(before);
        return compared > 0 ? "en hausse" : compared < 0 ? "en baisse" : "stable";
    }
}
