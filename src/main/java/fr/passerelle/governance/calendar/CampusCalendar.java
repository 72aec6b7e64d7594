package fr.passerelle.governance.calendar;

import fr.passerelle.platform.Times;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.platform.IcsWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of a campus: the items of every {@link CalendarSource} (meetings, actions…), kept to what the
 * audience may see, as lists for the pages and as iCalendar (RFC 5545) documents for feeds.
 */
@Service
class CampusCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ObjectProvider<CalendarSource> sources;
    private final Clock clock;

    CampusCalendar(ObjectProvider<CalendarSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** The items between two days (both inclusive) that the audience may see, in time order. */
    @Transactional(readOnly = true)
    List<CalendarItem> items(CampusAudience audience, LocalDate from, LocalDate to) {
        return sources.stream()
                .flatMap(source -> source.items(audience.campusId(), from, to).stream())
                .filter(item -> audience.sees(item.visibility(), item.bodyId()))
                .sorted(Comparator.comparing(CalendarItem::start).thenComparing(CalendarItem::title))
                .toList();
    }

    /** The items from a year ago to two years ahead, as feeds serve them. */
    List<CalendarItem> feedItems(CampusAudience audience) {
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        return items(audience, today.minusYears(1), today.plusYears(2));
    }

    /** The items still to come (or under way), at most {@code limit} of them, within a year. */
    List<CalendarItem> upcoming(CampusAudience audience, int limit) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.current().zone()));
        return items(audience, now.toLocalDate(), now.toLocalDate().plusYears(1)).stream()
                .filter(item -> item.allDay() ? !item.end().toLocalDate().isBefore(now.toLocalDate()) : item.end().isAfter(now))
                .limit(limit).toList();
    }

    /** An iCalendar document of the items, named {@code name} in the subscriber's calendar. */
    String ics(String name, List<CalendarItem> items) {
        var ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Passerelle//Campus des métiers et des qualifications//FR")
                .line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH").property("X-WR-CALNAME", name).line("X-WR-TIMEZONE:Europe/Paris");
        String stamp = UTC.format(Instant.now(clock));
        for (CalendarItem item : items) {
            ics.line("BEGIN:VEVENT").line("UID:" + item.uid()).line("DTSTAMP:" + stamp);
            if (item.allDay()) {
                ics.line("DTSTART;VALUE=DATE:" + DAY.format(item.start().toLocalDate()))
                        .line("DTEND;VALUE=DATE:" + DAY.format(item.end().toLocalDate().plusDays(1)));
            } else {
                ics.line("DTSTART:" + utc(item.start())).line("DTEND:" + utc(item.end()));
            }
            ics.property("SUMMARY", item.title()).property("LOCATION", item.place()).property("DESCRIPTION", item.description())
                    .property("CATEGORIES", item.kind())
                    .line(item.visibility() == Visibility.PUBLIC ? "CLASS:PUBLIC" : "CLASS:PRIVATE")
                    .line("END:VEVENT");
        }
        return ics.line("END:VCALENDAR").toString();
    }

    private static String utc(LocalDateTime parisTime) {
        return UTC.format(parisTime.atZone(Times.current().zone()).toInstant());
    }
}
