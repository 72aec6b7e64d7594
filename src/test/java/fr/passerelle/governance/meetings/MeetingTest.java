package fr.passerelle.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import fr.passerelle.platform.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a meeting: changed or cancelled until it starts, attendance from its day on. */
class MeetingTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDateTime START = LocalDateTime.of(2026, 12, 10, 14, 0);
    static final UUID MEMBER = UUID.randomUUID();

    static Clock at(LocalDateTime parisTime) {
        return Clock.fixed(parisTime.atZone(PARIS).toInstant(), ZoneId.of("UTC"));
    }

    static MeetingDetails details(LocalDateTime start, String place) {
        return new MeetingDetails(start, start.plusHours(2), place, null, "Bilan", Visibility.BODY);
    }

    static Meeting planned() {
        var body = GoverningBody.constitute(UUID.randomUUID(), BodyKind.STEERING, "COPIL", Instant.parse("2026-01-05T10:00:00Z"));
        body.appoint(MEMBER, LocalDate.of(2026, 1, 5), null, null, LocalDate.of(2026, 1, 5), "Membre");
        return Meeting.plan(body, details(START, "Salle du conseil"));
    }

    @Test
    void aChangeRaisesTheSequenceOfTheInvitationsAndNoChangeLeavesIt() {
        Meeting meeting = planned();
        assertThat(meeting.sequence()).isZero();

        assertThat(meeting.reschedule(details(START.plusDays(7), "Salle du conseil"), at(START.minusDays(1)))).isTrue();
        assertThat(meeting.startsAt()).isEqualTo(START.plusDays(7));
        assertThat(meeting.sequence()).isEqualTo(1);

        assertThat(meeting.reschedule(details(START.plusDays(7), "Salle du conseil"), at(START.minusDays(1)))).isFalse();
        assertThat(meeting.sequence()).isEqualTo(1);
    }

    @Test
    void aMeetingThatHasStartedIsNeitherChangedNorCancelled() {
        Meeting meeting = planned();
        Clock started = at(START.plusMinutes(1));

        assertThat(meeting.isChangeable(started)).isFalse();
        assertThatThrownBy(() -> meeting.reschedule(details(START.plusDays(1), "Ailleurs"), started))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Cette réunion a commencé : elle ne peut plus être modifiée.");
        assertThatThrownBy(() -> meeting.cancel(null, started))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Cette réunion a commencé : elle ne peut plus être annulée.");
        assertThat(meeting.isChangeable(at(START.minusMinutes(1)))).isTrue();
    }

    @Test
    void aCancelledMeetingKeepsItsReasonRaisesTheSequenceAndChangesNoMore() {
        Meeting meeting = planned();
        Clock before = at(START.minusDays(2));

        meeting.cancel("  Quorum impossible à réunir  ", before);

        assertThat(meeting.cancelledAt()).isEqualTo(Instant.now(before));
        assertThat(meeting.cancellationReason()).isEqualTo("Quorum impossible à réunir");
        assertThat(meeting.sequence()).isEqualTo(1);
        assertThat(meeting.isChangeable(before)).isFalse();
        assertThatThrownBy(() -> meeting.cancel(null, before)).hasMessage("Cette réunion est annulée : elle ne peut plus être annulée.");
        assertThatThrownBy(() -> meeting.reschedule(details(START.plusDays(1), "Ailleurs"), before))
                .hasMessage("Cette réunion est annulée : elle ne peut plus être modifiée.");
        assertThatThrownBy(() -> meeting.invitationsSent(Instant.now(before))).hasMessage("Cette réunion est annulée : on n'y invite plus.");
    }

    @Test
    void aReasonLongerThan500CharactersIsRefusedOnItsField() {
        Meeting meeting = planned();
        assertThatThrownBy(() -> meeting.cancel("x".repeat(501), at(START.minusDays(2))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.problems()).containsKey("reason"));
        assertThat(meeting.cancelledAt()).isNull();
    }

    @Test
    void attendanceIsTakenFromTheMeetingsDayOnNotBefore() {
        Meeting meeting = planned();
        Clock dayBefore = at(START.toLocalDate().minusDays(1).atTime(23, 59));
        Clock morningOfTheDay = at(START.toLocalDate().atTime(8, 0));

        assertThat(meeting.isAttendanceOpen(dayBefore)).isFalse();
        assertThatThrownBy(() -> meeting.recordAttendance(Map.of(MEMBER, AttendanceStatus.PRESENT), Set.of(MEMBER), dayBefore))
                .isInstanceOf(BusinessRuleException.class).hasMessage("L'émargement s'ouvre le jour de la réunion, le 10 décembre 2026.");
        assertThat(meeting.attendance()).isEmpty();

        assertThat(meeting.isAttendanceOpen(morningOfTheDay)).isTrue();
        meeting.recordAttendance(Map.of(MEMBER, AttendanceStatus.PRESENT), Set.of(MEMBER), morningOfTheDay);
        assertThat(meeting.attendance()).containsEntry(MEMBER, AttendanceStatus.PRESENT);
        assertThat(meeting.isAttendanceOpen(at(START.plusMonths(3)))).isTrue();
    }

    @Test
    void theDayOfTheMeetingIsTheDayInFranceNotInUtc() {
        Meeting meeting = Meeting.plan(planned().body(), details(LocalDateTime.of(2026, 12, 10, 0, 30), "Salle"));
        // 23:30 UTC on the 9th is already 00:30 on the 10th in Paris.
        assertThat(meeting.isAttendanceOpen(Clock.fixed(Instant.parse("2026-12-09T23:30:00Z"), ZoneId.of("UTC")))).isTrue();
        assertThat(meeting.isAttendanceOpen(Clock.fixed(Instant.parse("2026-12-09T22:30:00Z"), ZoneId.of("UTC")))).isFalse();
    }

    @Test
    void aCancelledMeetingHasNeitherAttendanceNorMinutes() {
        Meeting meeting = planned();
        meeting.cancel(null, at(START.minusDays(1)));

        assertThat(meeting.isAttendanceOpen(at(START))).isFalse();
        assertThatThrownBy(() -> meeting.recordAttendance(Map.of(MEMBER, AttendanceStatus.PRESENT), Set.of(MEMBER), at(START)))
                .hasMessage("Cette réunion est annulée : il n'y a pas d'émargement.");
        assertThatThrownBy(() -> meeting.recordMinutes("Compte rendu", null)).hasMessage("Cette réunion est annulée : elle n'a pas de compte rendu.");
    }

    @Test
    void onlyMembersOfTheBodyAreRecorded() {
        Meeting meeting = planned();
        assertThatThrownBy(() -> meeting.recordAttendance(Map.of(UUID.randomUUID(), AttendanceStatus.PRESENT), Set.of(MEMBER), at(START)))
                .hasMessage("Seuls les membres de l'instance à la date de la réunion peuvent être émargés.");
    }

    @Test
    void aMemberAppointedAfterAMeetingChangesNeitherItsMembersNorItsRate() {
        Meeting meeting = planned();
        meeting.recordAttendance(Map.of(MEMBER, AttendanceStatus.PRESENT), meeting.roster(), at(START));
        assertThat(meeting.participation().rate()).isEqualTo(1.0);

        // Appointed the day after the meeting: not a member on its date.
        meeting.body().appoint(UUID.randomUUID(), START.toLocalDate().plusDays(1), null, null, START.toLocalDate().plusDays(1), "Nouveau");

        assertThat(meeting.participation().members()).isEqualTo(1);
        assertThat(meeting.participation().rate()).isEqualTo(1.0);
        assertThat(meeting.roster()).containsExactly(MEMBER);
    }

    @Test
    void aMemberAppointedBeforeAMeetingCountsInItsRateAndCanBeRecorded() {
        Meeting meeting = planned();
        UUID other = UUID.randomUUID();
        meeting.body().appoint(other, START.toLocalDate(), null, null, START.toLocalDate(), "Autre");

        meeting.recordAttendance(Map.of(MEMBER, AttendanceStatus.PRESENT, other, AttendanceStatus.ABSENT), meeting.roster(), at(START));

        assertThat(meeting.participation().rate()).isEqualTo(0.5);
        assertThat(meeting.participation().text()).isEqualTo("50 %");
    }
}
