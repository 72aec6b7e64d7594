package fr.passerelle.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.College;
import fr.passerelle.governance.Participation;
import fr.passerelle.governance.StrategicSeat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a body: dated seats, the expected seats of a strategic committee, colleges, chair and frequency. */
class GoverningBodyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static GoverningBody body(BodyKind kind) {
        return GoverningBody.constitute(UUID.randomUUID(), kind, "Instance", Instant.parse("2025-01-10T10:00:00Z"));
    }

    @Test
    void aSeatCountsFromItsStartToItsEnd() {
        var body = body(BodyKind.STEERING);
        UUID alice = UUID.randomUUID();
        body.appoint(alice, LocalDate.of(2026, 3, 1), null, null, TODAY, "Alice");

        assertThat(body.membersOn(LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(body.membersOn(LocalDate.of(2026, 3, 1))).containsExactly(alice);
        assertThat(body.members()).containsExactly(alice);
    }

    @Test
    void aSeatStartsTodayAtTheLatestAndOnlyOnceAtATime() {
        var body = body(BodyKind.STEERING);
        UUID alice = UUID.randomUUID();
        assertThatThrownBy(() -> body.appoint(alice, TODAY.plusDays(1), null, null, TODAY, "Alice"))
                .hasMessage("La date d'entrée dans l'instance ne peut être postérieure à aujourd'hui.");
        body.appoint(alice, TODAY, null, null, TODAY, "Alice");
        assertThatThrownBy(() -> body.appoint(alice, TODAY, null, null, TODAY, "Alice")).hasMessage("Alice siège déjà dans cette instance.");
    }

    @Test
    void theParticipationRateIsPresentOverMembersOnTheMeetingDate() {
        LocalDate meetingDay = LocalDate.of(2025, 11, 20);
        UUID alice = UUID.randomUUID();
        UUID bruno = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        var body = body(BodyKind.STEERING);
        body.appoint(alice, LocalDate.of(2025, 1, 10), null, null, TODAY, "Alice");
        body.appoint(bruno, LocalDate.of(2025, 1, 10), null, null, TODAY, "Bruno");
        var attendance = Map.of(alice, AttendanceStatus.PRESENT, bruno, AttendanceStatus.EXCUSED);
        Participation before = Participation.of(UUID.randomUUID(), body.id(), meetingDay, attendance, body.membersOn(meetingDay));

        body.appoint(later, TODAY, null, null, TODAY, "Arrivée tardive");
        Participation after = Participation.of(before.meetingId(), body.id(), meetingDay, attendance, body.membersOn(meetingDay));

        assertThat(before.rate()).isEqualTo(0.5);
        assertThat(after).isEqualTo(before);
        assertThat(Participation.of(UUID.randomUUID(), body.id(), meetingDay, Map.of(), body.membersOn(meetingDay)).rate()).isNull();
        assertThat(Participation.of(UUID.randomUUID(), body.id(), meetingDay, Map.of(), Set.of()).text()).isEqualTo("non émargée");
    }

    @Test
    void theStrategicCommitteeFlagsTheExpectedSeatsNoMemberHolds() {
        var body = body(BodyKind.STRATEGIC);
        assertThat(body.missingSeats()).containsExactly(StrategicSeat.values());
        body.appoint(UUID.randomUUID(), TODAY, StrategicSeat.RECTOR, null, TODAY, "Recteur");
        UUID director = UUID.randomUUID();
        body.appoint(director, TODAY, null, null, TODAY, "Directrice");
        body.assign(director, StrategicSeat.OPERATIONAL_DIRECTOR, null);

        assertThat(body.missingSeats()).containsExactly(StrategicSeat.REGION_PRESIDENT, StrategicSeat.SECTOR_REPRESENTATIVE,
                StrategicSeat.SUPPORT_HEAD);
        assertThat(StrategicSeat.missing(List.of(StrategicSeat.values()))).isEmpty();
        assertThat(body(BodyKind.STEERING).missingSeats()).isEmpty();
    }

    @Test
    void seatsBelongToTheStrategicCommitteeAndCollegesToTheSteeringCommittee() {
        assertThatThrownBy(() -> body(BodyKind.STEERING).appoint(UUID.randomUUID(), TODAY, StrategicSeat.RECTOR, null, TODAY, "X"))
                .hasMessage("Les sièges attendus sont ceux du comité d'orientation stratégique.");
        assertThatThrownBy(() -> body(BodyKind.STRATEGIC).appoint(UUID.randomUUID(), TODAY, null, College.ECONOMY, TODAY, "X"))
                .hasMessage("Les collèges sont ceux du comité de pilotage.");
        var copil = body(BodyKind.STEERING);
        UUID member = UUID.randomUUID();
        assertThat(copil.appoint(member, TODAY, null, College.TERRITORIES, TODAY, "X").college()).isEqualTo(College.TERRITORIES);
    }

    @Test
    void theChairIsAMemberAndTheFrequencyBetweenOneAndFiftyTwo() {
        var body = body(BodyKind.STEERING);
        UUID member = UUID.randomUUID();
        body.appoint(member, TODAY, null, null, TODAY, "Membre");
        assertThatThrownBy(() -> body.configure(UUID.randomUUID(), 4)).hasMessage("La présidence revient à un membre de l'instance.");
        assertThatThrownBy(() -> body.configure(member, 0)).hasMessage("Le nombre de réunions par an est compris entre 1 et 52.");
        body.configure(member, 4);
        assertThat(body.chairPersonId()).isEqualTo(member);
        assertThat(body.meetingsPerYear()).isEqualTo(4);
    }

    @Test
    void aYearWithFewerMeetingsThanExpectedIsFlagged() {
        var years = MeetingFrequency.byYear(3, List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 2, 1)), 2025, 2026);
        assertThat(years).containsExactly(new MeetingFrequency.Year(2025, 3, 3), new MeetingFrequency.Year(2026, 1, 3));
        assertThat(years.get(0).belowExpected()).isFalse();
        assertThat(years.get(1).belowExpected()).isTrue();
        assertThat(MeetingFrequency.byYear(null, List.of(LocalDate.of(2025, 3, 1)), 2025, 2026)).isEmpty();
    }
}
