package fr.passerelle.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one place that reads what French users type into a form or a file: dates ("31/03/2027", or "2027-03-31"
 * as date pickers send it), times ("14:30", "14h30"), amounts in euros ("1 234,56 €"), whole numbers, choices from
 * a list and ids of things picked in a list. Blank means "nothing typed" (null). Anything else that cannot be read
 * is a {@link BusinessRuleException} on the field, with a French message saying what is expected; nothing is
 * guessed (31/02 is refused, not read as 28/02; {@code 1e999} is not an amount).
 */
public final class FrenchInput {

    /** The largest amount a {@code numeric(14, 2)} column holds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WELL_FORMED_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4}");
    private static final Pattern ID = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])\\s*[:hH]\\s*([0-5]\\d)?(?::[0-5]\\d)?");

    private FrenchInput() {
    }

    /** A day typed as 31/03/2027 or 2027-03-31, or null when nothing was typed. */
    public static LocalDate date(String field, String text) {
        if (blank(text)) {
            return null;
        }
        String typed = text.strip();
        try {
            return LocalDate.parse(typed, typed.contains("/") ? FRENCH_DATE : ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException(field, WELL_FORMED_DATE.matcher(typed).matches()
                    ? "Cette date n'existe pas : « " + shortened(typed) + " »."
                    : "Date invalide : « " + shortened(typed) + " ». Exemple : 15/03/2027.");
        }
    }

    /** A time of day typed as 14:30, 14h30 or 14h, or null when nothing was typed. */
    public static LocalTime time(String field, String text) {
        if (blank(text)) {
            return null;
        }
        var matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            throw new BusinessRuleException(field, "Heure invalide : « " + shortened(text.strip()) + " ». Exemple : 14:30.");
        }
        return LocalTime.of(Integer.parseInt(matcher.group(1)), matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
    }

    /**
     * A day and a time as a {@code datetime-local} field sends them (2027-03-31T14:30), or as typed (31/03/2027 14h30);
     * null when nothing was typed.
     */
    public static LocalDateTime dateTime(String field, String text) {
        if (blank(text)) {
            return null;
        }
        String typed = text.strip();
        String[] parts = typed.split("\\s*[T ]\\s*", 2);
        if (parts.length != 2) {
            throw new BusinessRuleException(field, "Date et heure invalides : « " + shortened(typed) + " ». Exemple : 15/03/2027 14:30.");
        }
        return LocalDateTime.of(date(field, parts[0]), time(field, parts[1]));
    }

    /**
     * An amount in euros typed the French way ("1 234,56 €") or the plain way ("1234.56"), or null when nothing was
     * typed; at most two decimals and {@link #MAX_AMOUNT}. Its sign is kept: whether a negative amount is allowed
     * is the caller's rule.
     */
    public static BigDecimal amount(String field, String text) {
        if (blank(text)) {
            return null;
        }
        String typed = text.strip();
        String cleaned = typed.replace("€", "").replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        if (!DECIMAL.matcher(cleaned).matches()) {
            throw new BusinessRuleException(field, "Montant invalide : « " + shortened(typed) + " ». Exemple : 12 500,00.");
        }
        BigDecimal amount = new BigDecimal(cleaned);
        if (amount.scale() > 2) {
            throw new BusinessRuleException(field, "Montant au centime près : deux décimales au plus (« " + shortened(typed) + " »).");
        }
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new BusinessRuleException(field, "Montant trop élevé (« " + shortened(typed) + " ») : 999 999 999 999,99 € au plus.");
        }
        return amount.signum() == 0 ? amount.abs() : amount;
    }

    /**
     * A whole number between {@code min} and {@code max}, or null when nothing was typed; {@code what} names it at
     * the start of the message ("L'année", "La note").
     */
    public static Integer wholeNumber(String field, String text, int min, int max, String what) {
        if (blank(text)) {
            return null;
        }
        String typed = text.strip();
        String cleaned = typed.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!cleaned.matches("[+-]?\\d+")) {
            throw new BusinessRuleException(field, what + " : nombre entier attendu, pas « " + shortened(typed) + " ».");
        }
        String digits = cleaned.replaceFirst("^[+-]?0*", "");
        long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(cleaned);
        if (value < min || value > max) {
            throw new BusinessRuleException(field, what + " : entre " + min + " et " + max + ", pas « " + shortened(typed) + " ».");
        }
        return (int) value;
    }

    /**
     * A decimal number typed with a comma or a point ("50,6292"), between {@code min} and {@code max}, or null when
     * nothing was typed; {@code what} names it at the start of the message ("La latitude").
     */
    public static Double decimal(String field, String text, double min, double max, String what) {
        if (blank(text)) {
            return null;
        }
        String typed = text.strip();
        String cleaned = typed.replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        if (!DECIMAL.matcher(cleaned).matches() || cleaned.length() > 30) {
            throw new BusinessRuleException(field, what + " : nombre décimal attendu, pas « " + shortened(typed) + " ».");
        }
        double value = Double.parseDouble(cleaned);
        if (value < min || value > max) {
            throw new BusinessRuleException(field, what + " est comprise entre " + format(min) + " et " + format(max) + ".");
        }
        return value;
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound).replace('.', ',');
    }

    /** One of a list's values, sent by its name, or null when nothing was chosen; {@code message} when unknown. */
    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type, String message) {
        if (blank(text)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> new BusinessRuleException(field, message));
    }

    /** The id of something picked in a list, or null when nothing was picked; {@code message} when it is not an id. */
    public static UUID id(String field, String text, String message) {
        if (blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field, message);
        }
    }

    /**
     * The id of something picked in a list, to show the pick again on a form; empty when nothing was picked or the
     * value is not an id (the form's own check reports that with {@link #id}).
     */
    public static Optional<UUID> pickedId(String text) {
        if (blank(text) || !ID.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text.strip()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What was typed, shortened for a message when it is very long. */
    private static String shortened(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 37) + "…";
    }
}
