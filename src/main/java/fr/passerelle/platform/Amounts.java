package fr.passerelle.platform;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts in euros as people type them — "1 234,56 €" or "1234.56" — read within what the database keeps
 * ({@code numeric(14, 2)}): at most two decimals and 999 999 999 999,99 €. Exponents ({@code 1e999}), {@code NaN} and
 * {@code Infinity} are not amounts.
 */
public final class Amounts {

    /** The largest amount a {@code numeric(14, 2)} column holds. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Amounts() {
    }

    /** Thrown with a French message saying what is wrong with the amount and what is expected. */
    public static final class InvalidAmount extends RuntimeException {
        InvalidAmount(String message) {
            super(message);
        }
    }

    /**
     * The amount typed, or null when nothing was typed. Its sign is kept: whether a negative amount is allowed is
     * the caller's rule.
     *
     * @throws InvalidAmount when the text is not an amount, has more than two decimals or is too large
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        String cleaned = typed.replace("€", "").replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        if (!DECIMAL.matcher(cleaned).matches()) {
            throw new InvalidAmount("Montant invalide : « " + shortened(typed) + " ». Exemple : 12 500,00.");
        }
        BigDecimal amount = new BigDecimal(cleaned);
        if (amount.scale() > 2) {
            throw new InvalidAmount("Montant au centime près : deux décimales au plus (« " + shortened(typed) + " »).");
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new InvalidAmount("Montant trop élevé (« " + shortened(typed) + " ») : 999 999 999 999,99 € au plus.");
        }
        return amount.signum() == 0 ? amount.abs() : amount;
    }

    /** A whole number typed, between {@code min} and {@code max}, or null when nothing was typed. */
    public static Integer wholeNumber(String text, int min, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        String cleaned = typed.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!cleaned.matches("[+-]?\\d+")) {
            throw new InvalidAmount(what + " : nombre entier attendu, pas « " + shortened(typed) + " ».");
        }
        String digits = cleaned.replaceFirst("^[+-]?0*", "");
        long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(cleaned);
        if (value < min || value > max) {
            throw new InvalidAmount(what + " : entre " + min + " et " + max + ", pas « " + shortened(typed) + " ».");
        }
        return (int) value;
    }

    /** What was typed, shortened for a message when it is very long. */
    private static String shortened(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 37) + "…";
    }
}
