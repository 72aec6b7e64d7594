package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.BodiesPage;
import fr.passerelle.browser.pages.CalendarPage;
import fr.passerelle.browser.pages.MeetingPage;
import fr.passerelle.browser.pages.SurveyPage;
import fr.passerelle.identity.Accounts;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the director plans a meeting open to partners and one kept to the body's members; a partner
 * member finds the first in the calendar and not the second; a member answers the satisfaction survey.
 */
class CampusCalendarBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aPartnerMemberSeesPartnerItemsButNotBodyOnlyOnes() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        logInAs("direction");
        BodiesPage.open(browser(), campus).planMeeting("Comité de pilotage", month.atDay(8) + "T10:00", month.atDay(8) + "T12:00",
                "Rencontre des partenaires", "Rencontre des partenaires", "PARTNERS").expectSuccess("est planifiée");
        var restricted = BodiesPage.open(browser(), campus).planMeeting("Comité de pilotage", month.atDay(15) + "T10:00",
                month.atDay(15) + "T12:00", "Séance restreinte", "Séance restreinte", "BODY");
        restricted.expectSuccess("est planifiée");
        String restrictedPath = restricted.path();

        var calendar = BodiesPage.open(browser(), campus).tabs().calendar();
        calendar.assertAccessible();
        calendar.nextMonth(month);
        assertThat(calendar.monthGrid()).contains("Comité de pilotage");
        calendar.showAsList().expectListed("Rencontre des partenaires");
        assertThat(calendar.list()).contains("Séance restreinte");
        calendar.assertAccessible();

        switchTo("partenaire");
        var partnerCalendar = CalendarPage.openList(browser(), campus, month);
        partnerCalendar.expectListed("Rencontre des partenaires");
        assertThat(partnerCalendar.list()).doesNotContain("Séance restreinte");
        partnerCalendar.assertAccessible();
        partnerCalendar.openFirstItem().expectVisibility("Partenaires");
        MeetingPage.open(browser(), restrictedPath).expectHeading("Page introuvable");
    }

    @Test
    void aMemberAnswersTheSatisfactionSurveyFromTheirLink() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        var meeting = jdbc.sql("""
                        select m.id, a.person_id from meeting m join governing_body b on b.id = m.body_id
                          join attendance a on a.meeting_id = m.id
                         where b.campus_id = ? and a.status = 'PRESENT' and m.ends_at < ? limit 1""")
                .params(campus, LocalDateTime.now(clock))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String token = "essai-" + UUID.randomUUID();
        jdbc.sql("delete from meeting_survey where meeting_id = ? and person_id = ?").params(meeting[0], meeting[1]).update();
        jdbc.sql("insert into meeting_survey (id, meeting_id, person_id, token, sent_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), meeting[0], meeting[1], token, OffsetDateTime.now(clock)).update();

        var survey = SurveyPage.open(browser(), token);
        survey.expectHeading("Votre avis sur la réunion");
        survey.assertAccessible();
        survey.send();
        survey.expectFieldError("score", "Choisissez une note de 1");
        survey.assertAccessible();
        survey.score(4).comment("Ordre du jour tenu, décisions claires.").send();
        survey.expectSuccess("Merci, votre réponse est enregistrée.");
        assertThat(survey.isScored(4)).isTrue();
        assertThat(jdbc.sql("select score from meeting_survey where token = ?").param(token).query(Integer.class).single()).isEqualTo(4);
    }
}
