package fr.passerelle.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.governance.StrategicSeat;
import fr.passerelle.governance.Visibility;
import fr.passerelle.platform.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bodies of a région and of a network: each kind to its owner, their own seats, and the meeting rules of every body. */
class ScopedBodyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Instant CREATED = Instant.parse("2022-01-10T10:00:00Z");

    @Test
    void eachKindOfBodyHangsFromItsOwnScopeOnly() {
        assertThat(GoverningBody.constituteForRegion("32", BodyKind.REGIONAL_CELL, "Cellule", CREATED).regionCode()).isEqualTo("32");
        assertThatThrownBy(() -> GoverningBody.constituteForRegion("32", BodyKind.STEERING, "COPIL", CREATED))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> GoverningBody.constitute(UUID.randomUUID(), BodyKind.REGIONAL_STRATEGIC_COMMITTEE, "Comité", CREATED))
                .isInstanceOf(BusinessRuleException.class);
        var network = GoverningBody.constituteForNetwork(UUID.randomUUID(), "Réseau de la mer", CREATED);
        assertThat(network.kind()).isEqualTo(BodyKind.NATIONAL_NETWORK);
        assertThat(network.campusId()).isNull();
        assertThat(BodyKind.of(BodyKind.Scope.REGION)).containsExactly(BodyKind.REGIONAL_STRATEGIC_COMMITTEE, BodyKind.REGIONAL_CELL,
                BodyKind.DIRECTORS_GROUP);
    }

    @Test
    void aRegionalSeatIsHeldOnARegionalBodyNeverOnACampusBodyAndTheCampusSeatsNeverOnARegionalOne() {
        var committee = GoverningBody.constituteForRegion("11", BodyKind.REGIONAL_STRATEGIC_COMMITTEE, "Comité des trois recteurs", CREATED);
        UUID rector = UUID.randomUUID();
        committee.appoint(rector, TODAY, null, null, RegionalSeat.RECTOR, TODAY, "Recteur");
        assertThat(committee.memberships().get(0).regionalSeat()).isEqualTo(RegionalSeat.RECTOR);
        assertThatThrownBy(() -> committee.appoint(UUID.randomUUID(), TODAY, StrategicSeat.RECTOR, null, null, TODAY, "Autre"))
                .hasMessage("Les sièges attendus sont ceux du comité d'orientation stratégique.");
        var campusBody = GoverningBody.constitute(UUID.randomUUID(), BodyKind.STRATEGIC, "COS", CREATED);
        assertThatThrownBy(() -> campusBody.appoint(UUID.randomUUID(), TODAY, null, null, RegionalSeat.DREETS, TODAY, "Dreets"))
                .hasMessage("Les sièges régionaux sont ceux des instances régionales et des réseaux.");
    }

    @Test
    void aRegionalMeetingCountsTheMembersSittingOnItsDayAsACampusMeetingDoes() {
        var committee = GoverningBody.constituteForRegion("32", BodyKind.REGIONAL_STRATEGIC_COMMITTEE, "Comité", CREATED);
        UUID rector = UUID.randomUUID();
        UUID president = UUID.randomUUID();
        committee.appoint(rector, LocalDate.of(2023, 1, 1), null, null, RegionalSeat.RECTOR, TODAY, "Recteur");
        committee.appoint(president, LocalDate.of(2026, 1, 1), null, null, RegionalSeat.REGION_PRESIDENT, TODAY, "Présidente");
        var meeting = Meeting.plan(committee, new MeetingDetails(LocalDate.of(2024, 3, 14).atTime(9, 30), LocalDate.of(2024, 3, 14).atTime(12, 0),
                "Lille", null, null, Visibility.BODY));
        Clock afterwards = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

        meeting.recordAttendance(Map.of(rector, AttendanceStatus.PRESENT), meeting.roster(), afterwards);

        // The présidente, appointed after the meeting, is not counted: one member out of one was present.
        assertThat(meeting.participation().rate()).isEqualTo(1.0);
        assertThatThrownBy(() -> meeting.recordAttendance(Map.of(president, AttendanceStatus.PRESENT), meeting.roster(), afterwards))
                .hasMessage("Seuls les membres de l'instance à la date de la réunion peuvent être émargés.");
    }
}
