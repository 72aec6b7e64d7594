package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.support.SupportViews.EventSummary;
import fr.passerelle.platform.IcsWriter;
import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A cluster's events as an iCalendar (RFC 5545) document: times in UTC, a cancelled event marked CANCELLED. */
final class SupportIcs {

    private SupportIcs() {
    }

    static String calendar(String name, ClusterCard cluster, List<EventSummary> events, Instant now) {
        var ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Passerelle//Accompagnement RH des clusters//FR")
                .line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH").property("X-WR-CALNAME", name).line("X-WR-TIMEZONE:Europe/Paris");
        String stamp = IcsWriter.utc(now);
        for (EventSummary event : events) {
            ics.line("BEGIN:VEVENT").line("UID:cluster-event-" + event.id() + "@passerelle").line("DTSTAMP:" + stamp)
                    .line("DTSTART:" + utc(event.startsAt())).line("DTEND:" + utc(event.endsAt()))
                    .property("SUMMARY", event.kind().label() + " — " + event.title())
                    .property("LOCATION", event.where())
                    .property("DESCRIPTION", description(cluster, event))
                    .property("CATEGORIES", event.kind().label())
                    .line("SEQUENCE:" + event.version())
                    .line(event.cancelled() ? "STATUS:CANCELLED" : "STATUS:CONFIRMED")
                    .line("CLASS:PRIVATE")
                    .line("END:VEVENT");
        }
        return ics.line("END:VCALENDAR").toString();
    }

    private static String description(ClusterCard cluster, EventSummary event) {
        StringBuilder text = new StringBuilder("Organisé par ").append(cluster.displayName()).append('.');
        if (event.theme() != null) {
            text.append("\nThème : ").append(event.theme());
        }
        if (event.speakers() != null) {
            text.append("\nIntervenants : ").append(event.speakers());
        }
        if (event.confidentialityRule() != null) {
            text.append("\nRègle de confidentialité : ").append(event.confidentialityRule());
        }
        return text.toString();
    }

    private static String utc(LocalDateTime parisTime) {
        return IcsWriter.utc(parisTime.atZone(Times.current().zone()).toInstant());
    }
}
