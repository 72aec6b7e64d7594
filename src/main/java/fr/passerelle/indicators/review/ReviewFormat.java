package fr.passerelle.indicators.review;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the review writes dates, numbers and amounts, in French. */
final class ReviewFormat {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReviewFormat() {
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(n).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }
}
