package fr.passerelle.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Contact;
import fr.passerelle.governance.Visibility;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The invitation to a meeting as an iCalendar document, read back by a calendar library. */
class MeetingIcsTest {

    static final UUID ID = UUID.fromString("6a1f2c3d-0000-4000-8000-000000000001");
    static final Instant STAMP = Instant.parse("2026-12-01T08:00:00Z");
    static final Contact ALICE = new Contact(UUID.randomUUID(), "Alice", "Durand", null, "alice@example.fr", null, UUID.randomUUID(), "Lycée");
    static final Contact BRUNO = new Contact(UUID.randomUUID(), "Bruno", "Sansmail", null, null, null, UUID.randomUUID(), "Lycée");

    static MeetingView meeting(LocalDateTime start, int sequence, Instant cancelledAt, String reason) {
        return new MeetingView(ID, UUID.randomUUID(), "Comité de pilotage", UUID.randomUUID(), start, start.plusHours(2),
                "Lycée Baggio, salle 2; bâtiment B", "https://visio.example/copil", "1. Bilan, budget\n2. Plan d'actions", null, null,
                null, 3, List.of(ALICE, BRUNO), Map.of(), null, Visibility.BODY, sequence, cancelledAt, reason, cancelledAt == null, false);
    }

    static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void aPlannedMeetingIsARequestOnTheTimeOfFranceWithItsMembersAsAttendees() throws Exception {
        String ics = MeetingIcs.write(meeting(LocalDateTime.of(2026, 12, 10, 14, 0), 0, null, null), "Campus numérique, Lille",
                "ne-pas-repondre@passerelle.invalid", STAMP);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        VEvent event = event(ics);
        assertThat(value(event, Property.UID)).isEqualTo(ID + "@passerelle");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Comité de pilotage — Campus numérique, Lille");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Lycée Baggio, salle 2; bâtiment B");
        assertThat(value(event, Property.DESCRIPTION))
                .isEqualTo("Visioconférence : https://visio.example/copil\n\nOrdre du jour :\n1. Bilan, budget\n2. Plan d'actions");
        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20261210T140000\r\n", "DTEND;TZID=Europe/Paris:20261210T160000\r\n");
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2026-12-10T13:00:00Z")); // winter time, UTC+1
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:ne-pas-repondre@passerelle.invalid");
        assertThat(event.<Property>getProperties(Property.ATTENDEE).stream().map(Property::getValue)).containsExactly("mailto:alice@example.fr");
        assertThat(ics).contains("ATTENDEE;CN=\"Alice Durand\"");
    }

    @Test
    void summerTimeIsUtcPlusTwo() throws Exception {
        VEvent event = event(MeetingIcs.write(meeting(LocalDateTime.of(2027, 6, 15, 9, 30), 0, null, null), "Campus", "a@b.fr", STAMP));
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(ZonedDateTime.from(start.getDate()).withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 6, 15, 7, 30));
    }

    @Test
    void aChangedMeetingKeepsItsUidWithTheNextSequence() throws Exception {
        VEvent first = event(MeetingIcs.write(meeting(LocalDateTime.of(2026, 12, 10, 14, 0), 0, null, null), "Campus", "a@b.fr", STAMP));
        VEvent changed = event(MeetingIcs.write(meeting(LocalDateTime.of(2026, 12, 17, 14, 0), 1, null, null), "Campus", "a@b.fr", STAMP));

        assertThat(value(changed, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(value(changed, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void aCancelledMeetingIsACancelWithItsReason() throws Exception {
        var cancelled = meeting(LocalDateTime.of(2026, 12, 10, 14, 0), 2, STAMP, "Quorum impossible, report en janvier");
        String ics = MeetingIcs.write(cancelled, "Campus", "a@b.fr", STAMP);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = event(ics);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.UID)).isEqualTo(ID + "@passerelle");
        assertThat(value(event, Property.DESCRIPTION)).startsWith("Réunion annulée. Motif : Quorum impossible, report en janvier\n\n");
        assertThat(MeetingIcs.contentType(cancelled)).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
        assertThat(MeetingIcs.fileName(cancelled)).isEqualTo("annulation-2026-12-10.ics");
    }

    @Test
    void everyLineFitsIn75OctetsAndEndsWithCrlf() {
        String ics = MeetingIcs.write(meeting(LocalDateTime.of(2026, 12, 10, 14, 0), 0, null, null),
                "Campus des métiers et des qualifications d'excellence du numérique et de l'industrie du futur", "a@b.fr", STAMP);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }
}
