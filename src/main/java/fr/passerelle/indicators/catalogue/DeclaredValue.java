package fr.passerelle.indicators.catalogue;

import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reading and checking a declared value by the indicator's unit: a percentage from 0 to 100, a count a whole number
 * of at least 0, points from -100 to 100, euros at least 0 to the cent, yes or no (1 or 0). Messages in French,
 * starting with {@code what} (the label of the value).
 */
final class DeclaredValue {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    static final BigDecimal MAX = new BigDecimal("999999999999.99");
    static final String YES = "OUI";
    static final String NO = "NON";

    private DeclaredValue() {
    }

    /** The value typed, or null with the problem in {@code problem[0]}; blank is a problem (a declaration says its value). */
    static BigDecimal read(Unit unit, String typed, String what, String[] problem) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            problem[0] = what + " : indiquez une valeur.";
            return null;
        }
        if (unit == Unit.YES_NO) {
            if (YES.equals(text)) {
                return BigDecimal.ONE;
            }
            if (NO.equals(text)) {
                return BigDecimal.ZERO;
            }
            problem[0] = what + " : répondez oui ou non.";
            return null;
        }
        String cleaned = text.replace("€", "").replace("%", "").replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!DECIMAL.matcher(cleaned).matches() || cleaned.length() > 20) {
            problem[0] = what + " : " + (unit == Unit.COUNT ? "nombre entier" : "nombre") + " attendu, pas « " + shortened(text) + " ».";
            return null;
        }
        BigDecimal value = new BigDecimal(cleaned.replace(',', '.'));
        problem[0] = problem(unit, value, what);
        return problem[0] == null ? value : null;
    }

    /** What is wrong with the value for the unit, or null when it is right. */
    static String problem(Unit unit, BigDecimal value, String what) {
        if (value == null) {
            return what + " : indiquez une valeur.";
        }
        return switch (unit) {
            case COUNT -> value.signum() < 0 ? what + " : un nombre ne peut être négatif."
                    : value.stripTrailingZeros().scale() > 0 ? what + " : nombre entier attendu (sans décimales)."
                    : value.compareTo(MAX) > 0 ? what + " : nombre trop grand." : null;
            case PERCENT -> value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 ? what + " : un pourcentage est compris entre 0 et 100."
                    : value.stripTrailingZeros().scale() > 2 ? what + " : deux décimales au plus." : null;
            case POINTS -> value.abs().compareTo(BigDecimal.valueOf(100)) > 0 ? what + " : un écart en points est compris entre -100 et 100."
                    : value.stripTrailingZeros().scale() > 2 ? what + " : deux décimales au plus." : null;
            case EUROS -> value.signum() < 0 ? what + " : un montant ne peut être négatif."
                    : value.stripTrailingZeros().scale() > 2 ? what + " : montant au centime près, deux décimales au plus."
                    : value.compareTo(MAX) > 0 ? what + " : montant trop élevé." : null;
            case YES_NO -> value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0 ? what + " : répondez oui ou non." : null;
        };
    }

    /** The value as French readers write it: « 12 », « 87,5 % », « oui ». */
    static String text(Unit unit, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (unit == Unit.YES_NO) {
            return value.signum() == 0 ? "non" : "oui";
        }
        var format = java.text.NumberFormat.getNumberInstance(Locale.FRENCH);
        format.setMaximumFractionDigits(2);
        String number = format.format(value);
        return switch (unit) {
            case PERCENT -> number + " %";
            case EUROS -> number + " €";
            case POINTS -> number + " points";
            default -> number;
        };
    }

    /** The value as the form shows it again: « 87,5 », « OUI ». */
    static String typed(Unit unit, BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (unit == Unit.YES_NO) {
            return value.signum() == 0 ? NO : YES;
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String shortened(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 37) + "…";
    }
}
