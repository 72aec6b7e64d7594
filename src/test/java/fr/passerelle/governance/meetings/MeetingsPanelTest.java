package fr.passerelle.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The meetings on the landing page, on the demo data: each reader counts and opens only the meetings of their campuses they may see. */
@PasserelleIntegrationTest
class MeetingsPanelTest {

    @Autowired
    MeetingsPanel panel;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Governance governance;

    @Test
    void aDirectorSeesTheComingMeetingsAndMissingMinutesOfTheirCampusOnly() {
        Actor director = accounts.byUsername("direction").orElseThrow();
        // Given a meeting coming on another campus, open to partners
        UUID otherBody = jdbc.sql("select id from governing_body where campus_id <> ? order by name limit 1").param(director.campusId())
                .query(UUID.class).single();
        UUID otherCampus = jdbc.sql("select campus_id from governing_body where id = ?").param(otherBody).query(UUID.class).single();
        LocalDateTime next = LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Europe/Paris"))).plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
        UUID elsewhere = governance.plan(fr.passerelle.TestActors.nationalAdmin(), otherCampus, otherBody,
                new fr.passerelle.governance.MeetingDetails(next, next.plusHours(2), "Salle du conseil", null, null, fr.passerelle.governance.Visibility.PARTNERS));
        var data = (MeetingsPanel.Data) panel.panel(director).orElseThrow().data();

        LocalDateTime now = LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Europe/Paris")));
        assertThat(data.coming().count()).isEqualTo(count("b.campus_id = ? and m.ends_at > ?", director.campusId(), now));
        assertThat(data.withoutMinutes().count()).isEqualTo(count("""
                b.campus_id = ? and m.ends_at <= ? and m.minutes is null
                and not exists (select 1 from meeting_minutes_file f where f.meeting_id = m.id)""", director.campusId(), now));
        assertThat(data.coming().items()).hasSize((int) Math.min(data.coming().count(), MeetingsPanel.LISTED))
                .allSatisfy(item -> assertThat(item.path()).startsWith("/gestion/campus/" + director.campusId() + "/reunions/"));
        assertThat(data.withoutMinutes().items())
                .allSatisfy(item -> assertThat(item.path()).startsWith("/gestion/campus/" + director.campusId() + "/reunions/"));
        assertThat(count("b.campus_id <> ? and m.ends_at > ?", director.campusId(), now)).as("other campuses have meetings coming").isPositive();
        assertThat(data.coming().items()).noneMatch(item -> item.path().endsWith(elsewhere.toString()));
    }

    @Test
    void aPartnerSeesOnlyTheMeetingsOpenToPartnersOfItsCampuses() {
        Actor partner = accounts.byUsername("partenaire").orElseThrow();
        var data = (MeetingsPanel.Data) panel.panel(partner).orElseThrow().data();
        assertThat(data.withoutMinutes()).isNull();
        assertThat(data.coming().items()).allSatisfy(item -> {
            UUID meeting = UUID.fromString(item.path().substring(item.path().lastIndexOf('/') + 1));
            String visibility = jdbc.sql("select visibility from meeting where id = ?").param(meeting).query(String.class).single();
            assertThat(visibility).isIn("PUBLIC", "PARTNERS");
        });
    }

    @Test
    void otherRolesHaveNoMeetingsPanel() {
        for (String username : new String[] {"admin", "coordination", "referent", "recruteur", "expert"}) {
            assertThat(panel.panel(accounts.byUsername(username).orElseThrow())).as(username).isEmpty();
        }
        Actor directorOfNothing = new Actor(UUID.randomUUID(), "d", "D", Role.OPERATIONAL_DIRECTOR, null, null, null, null, null);
        assertThat(panel.panel(directorOfNothing)).isEmpty();
    }

    private long count(String where, UUID campus, LocalDateTime now) {
        return jdbc.sql("select count(*) from meeting m join governing_body b on b.id = m.body_id where " + where)
                .params(campus, Timestamp.valueOf(now)).query(Long.class).single();
    }
}
