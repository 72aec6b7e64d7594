package fr.passerelle.governance.meetings;

import fr.passerelle.directory.Contact;
import fr.passerelle.platform.IcsWriter;
import java.time.Instant;

/**
 * A meeting as an iCalendar (RFC 5545) invitation, which e-mails carry and the director downloads to send it
 * themselves: {@code METHOD:REQUEST} for a planned meeting, {@code METHOD:CANCEL} once it is cancelled (RFC 5546), its
 * times on the time zone of France (Europe/Paris, described in the document), one UID per meeting — the one the
 * campus's calendar feeds give it, so that a calendar holds one event — and the sequence the meeting's changes raised.
 */
final class MeetingIcs {

    /** The rules of Europe/Paris since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
    private static final String[] PARIS = {
            "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"};

    private MeetingIcs() {
    }

    /** The file name a downloaded invitation gets. */
    static String fileName(MeetingView meeting) {
        return (meeting.cancelledAt() != null ? "annulation-" : "invitation-") + meeting.startsAt().toLocalDate() + ".ics";
    }

    /** The content type of the invitation, with its method, as an e-mail attachment names it. */
    static String contentType(MeetingView meeting) {
        return "text/calendar; charset=UTF-8; method=" + method(meeting);
    }

    /**
     * The invitation to the meeting (or its cancellation), organised by the campus from the platform's address, sent
     * to the members who have an e-mail address; {@code stamp} is when the document is written.
     */
    static String write(MeetingView meeting, String campusName, String organizerEmail, Instant stamp) {
        boolean cancelled = meeting.cancelledAt() != null;
        var ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR").line("PRODID:-//Passerelle//Campus des métiers et des qualifications//FR").line("VERSION:2.0")
                .line("CALSCALE:GREGORIAN").line("METHOD:" + method(meeting));
        for (String line : PARIS) {
            ics.line(line);
        }
        ics.line("BEGIN:VEVENT").line("UID:" + uid(meeting)).line("SEQUENCE:" + meeting.sequence()).line("DTSTAMP:" + IcsWriter.utc(stamp))
                .line("DTSTART;TZID=Europe/Paris:" + IcsWriter.local(meeting.startsAt()))
                .line("DTEND;TZID=Europe/Paris:" + IcsWriter.local(meeting.endsAt()))
                .property("SUMMARY", (cancelled ? "Annulée : " : "") + meeting.bodyName() + " — " + campusName)
                .property("LOCATION", meeting.place() != null ? meeting.place() : meeting.videoLink())
                .property("DESCRIPTION", description(meeting))
                .line("ORGANIZER;CN=" + IcsWriter.parameter(campusName) + ":mailto:" + organizerEmail);
        for (Contact member : meeting.members()) {
            if (member.email() != null) {
                ics.line("ATTENDEE;CN=" + IcsWriter.parameter(member.fullName()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                        + member.email());
            }
        }
        ics.line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED")).line("TRANSP:OPAQUE").line("END:VEVENT");
        return ics.line("END:VCALENDAR").toString();
    }

    /** The UID of the meeting, as {@link MeetingCalendar} gives it in the campus's feeds. */
    static String uid(MeetingView meeting) {
        return meeting.id() + "@passerelle";
    }

    private static String method(MeetingView meeting) {
        return meeting.cancelledAt() != null ? "CANCEL" : "REQUEST";
    }

    private static String description(MeetingView meeting) {
        var text = new StringBuilder();
        if (meeting.cancelledAt() != null) {
            text.append("Réunion annulée.");
            if (meeting.cancellationReason() != null) {
                text.append(" Motif : ").append(meeting.cancellationReason());
            }
            text.append("\n\n");
        }
        if (meeting.place() != null && meeting.videoLink() != null) {
            text.append("Visioconférence : ").append(meeting.videoLink()).append("\n\n");
        }
        if (meeting.agenda() != null) {
            text.append("Ordre du jour :\n").append(meeting.agenda());
        }
        return text.toString().strip();
    }
}
