package fr.passerelle.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every date and time shown to people — pages, e-mails, PDFs, exports — is written here, in the platform's time zone
 * ({@code passerelle.time-zone}, Europe/Paris unless configured), whatever the server's own zone. Templates call it as
 * {@code ${@times.dateTime(x)}}.
 *
 * <p>An {@link Instant}, an {@link OffsetDateTime} or a {@link ZonedDateTime} is an instant and is converted to the
 * platform's zone; any other temporal value ({@link java.time.LocalDateTime}, {@link java.time.LocalDate},
 * {@link java.time.YearMonth}…) is already a wall-clock value of that zone and is written as it is. A null value is written "—".
 */
@Component("times")
public class Times {

    /** The zone when none is configured. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private static final String NONE = "—";

    private static volatile Times current = new Times(DEFAULT_ZONE);

    private final ZoneId zone;
    private final DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRENCH);
    private final DateTimeFormatter longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private final DateTimeFormatter dayDate = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH'h'mm", Locale.FRENCH);
    private final DateTimeFormatter stamp = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.FRENCH);

    public Times(@Value("${passerelle.time-zone:Europe/Paris}") ZoneId zone) {
        this.zone = zone;
        current = this;
    }

    /**
     * The platform's formatter, for code that is not a bean (records that format themselves, static PDF helpers):
     * the one the application configured, or Europe/Paris before it starts.
     */
    public static Times current() {
        return current;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "05/03/2026". */
    public String date(Object value) {
        return format(value, date);
    }

    /** "5 mars 2026". */
    public String longDate(Object value) {
        return format(value, longDate);
    }

    /** "jeudi 5 mars 2026". */
    public String dayDate(Object value) {
        return format(value, dayDate);
    }

    /** "14h30". */
    public String time(Object value) {
        return format(value, time);
    }

    /** "05/03/2026 à 14h30". */
    public String dateTime(Object value) {
        return format(value, dateTime);
    }

    /** "05/03/2026 14:30:12", for audit trails. */
    public String stamp(Object value) {
        return format(value, stamp);
    }

    /** Any other French pattern, in the platform's zone. */
    public String format(Object value, String pattern) {
        return format(value, DateTimeFormatter.ofPattern(pattern, Locale.FRENCH));
    }

    /** The wall-clock time of the platform's zone at that value. */
    public TemporalAccessor local(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof TemporalAccessor wallClock) {
            return wallClock;
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (value instanceof java.util.Date legacy) {
            return legacy.toInstant().atZone(zone);
        }
        throw new IllegalArgumentException("Not a date or time: " + value.getClass().getName());
    }

    /** With a formatter of the caller's, in the platform's zone. */
    public String format(Object value, DateTimeFormatter formatter) {
        return value == null ? NONE : formatter.format(local(value));
    }
}
