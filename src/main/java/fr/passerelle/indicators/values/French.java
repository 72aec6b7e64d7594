package fr.passerelle.indicators.values;

import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers and values as French readers write them: « 1 234,5 », « 73,9 % », « −2 points ». */
final class French {

    private French() {
    }

    static String number(BigDecimal number) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(number);
    }

    /** A value in its unit; a dash for none. */
    static String value(BigDecimal value, Unit unit) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case COUNT -> number(value);
            case PERCENT -> number(value) + " %";
            case POINTS -> number(value) + (value.abs().compareTo(BigDecimal.ONE) <= 0 ? " point" : " points");
            case EUROS -> number(value) + " €";
            case YES_NO -> value.signum() == 0 ? "non" : "oui";
        };
    }
}
