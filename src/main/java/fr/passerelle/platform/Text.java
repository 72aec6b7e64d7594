package fr.passerelle.platform;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as people type it. */
public final class Text {

    /** C0 control characters but tab, line feed and carriage return, and DEL: invisible, and refused or mangled downstream. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private Text() {
    }

    /** The text without surrounding white space, or null when nothing is left. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The text without the control characters nobody types (NUL…), keeping tab and line breaks. */
    public static String withoutControlCharacters(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("");
    }

    /** Whether the text, without its surrounding white space, has more than {@code max} characters. */
    public static boolean longerThan(String value, int max) {
        return value != null && length(value.strip()) > max;
    }

    /**
     * The French message for a text too long for its field, e.g. "Le lieu compte 10 000 caractères : 255 au plus.".
     *
     * @param what the field as the sentence names it: "Le lieu", "L'intitulé"
     */
    public static String tooLong(String what, String value, int max) {
        NumberFormat french = NumberFormat.getIntegerInstance(Locale.FRANCE);
        return what + " compte " + french.format(length(value == null ? "" : value.strip())) + " caractères : "
                + french.format(max) + " au plus.";
    }

    /** Characters as PostgreSQL counts them: code points, not UTF-16 units. */
    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
