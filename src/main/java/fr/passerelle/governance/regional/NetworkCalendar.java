package fr.passerelle.governance.regional;

import fr.passerelle.governance.meetings.MeetingView;
import fr.passerelle.platform.IcsWriter;
import fr.passerelle.platform.Times;
import java.time.Instant;
import java.util.List;

/**
 * The calendar of a national network: its meetings (cancelled ones left out) as one iCalendar (RFC 5545) document to
 * import, each with the UID its invitation carries so that a calendar holds one event per meeting.
 */
final class NetworkCalendar {

    private NetworkCalendar() {
    }

    static String write(String networkName, List<MeetingView> meetings, Instant stamp) {
        var ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Passerelle//Campus des métiers et des qualifications//FR")
                .line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH").property("X-WR-CALNAME", "Réseau " + networkName)
                .line("X-WR-TIMEZONE:Europe/Paris");
        for (MeetingView meeting : meetings) {
            if (meeting.cancelled()) {
                continue;
            }
            ics.line("BEGIN:VEVENT").line("UID:" + meeting.id() + "@passerelle").line("SEQUENCE:" + meeting.sequence())
                    .line("DTSTAMP:" + IcsWriter.utc(stamp))
                    .line("DTSTART:" + IcsWriter.utc(meeting.startsAt().atZone(Times.current().zone()).toInstant()))
                    .line("DTEND:" + IcsWriter.utc(meeting.endsAt().atZone(Times.current().zone()).toInstant()))
                    .property("SUMMARY", meeting.bodyName())
                    .property("LOCATION", meeting.place() != null ? meeting.place() : meeting.videoLink())
                    .property("DESCRIPTION", meeting.agenda() == null ? null : "Ordre du jour :\n" + meeting.agenda())
                    .line("CLASS:PRIVATE").line("END:VEVENT");
        }
        return ics.line("END:VCALENDAR").toString();
    }
}
