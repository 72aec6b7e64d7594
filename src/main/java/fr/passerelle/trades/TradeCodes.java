package fr.passerelle.trades;

import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of a ROME code (a letter and four digits, A1101), as URLs and filters take it, case ignored. */
final class TradeCodes {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z][0-9]{4}");

    private TradeCodes() {
    }

    static boolean isTradeCode(String value) {
        return value != null && SHAPE.matcher(value.strip()).matches();
    }

    static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
