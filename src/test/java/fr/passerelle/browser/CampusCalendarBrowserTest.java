package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Accounts;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
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

    @Test
    void aPartnerMemberSeesPartnerItemsButNotBodyOnlyOnes() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        YearMonth month = YearMonth.now().plusMonths(1);
        Browser browser = browser();
        browser.login("direction", "demo");
        plan(browser, campus, month.atDay(8) + "T10:00", month.atDay(8) + "T12:00", "Rencontre des partenaires", "PARTNERS");
        plan(browser, campus, month.atDay(15) + "T10:00", month.atDay(15) + "T12:00", "Séance restreinte", "BODY");
        String restricted = browser.currentPath();

        browser.open("/gestion/campus/" + campus + "/instances");
        browser.find("a[href$='/calendrier']").click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/calendrier"));
        browser.assertAccessible();
        browser.find("#next-month").click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("mois=" + month));
        assertThat(browser.find("#month-grid").getText()).contains("Comité de pilotage");
        browser.find("#view-list").click();
        browser.waitForText("#calendar-list", "Rencontre des partenaires");
        assertThat(browser.find("#calendar-list").getText()).contains("Séance restreinte");
        browser.assertAccessible();
        browser.driver().manage().deleteAllCookies();

        browser.login("partenaire", "demo");
        browser.open("/gestion/campus/" + campus + "/calendrier?vue=liste&mois=" + month);
        browser.waitForText("#calendar-list", "Rencontre des partenaires");
        assertThat(browser.find("#calendar-list").getText()).doesNotContain("Séance restreinte");
        browser.assertAccessible();
        browser.find("#calendar-list a").click();
        browser.waitForText("#visibility", "Partenaires");
        browser.open(restricted);
        browser.waitForText("h1", "Page introuvable");
    }

    @Test
    void aMemberAnswersTheSatisfactionSurveyFromTheirLink() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        var meeting = jdbc.sql("""
                        select m.id, a.person_id from meeting m join governing_body b on b.id = m.body_id
                          join attendance a on a.meeting_id = m.id
                         where b.campus_id = ? and a.status = 'PRESENT' and m.ends_at < now() limit 1""")
                .param(campus).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String token = "essai-" + UUID.randomUUID();
        jdbc.sql("delete from meeting_survey where meeting_id = ? and person_id = ?").params(meeting[0], meeting[1]).update();
        jdbc.sql("insert into meeting_survey (id, meeting_id, person_id, token, sent_at) values (?, ?, ?, ?, now())")
                .params(UUID.randomUUID(), meeting[0], meeting[1], token).update();

        Browser browser = browser();
        browser.open("/satisfaction/" + token);
        browser.waitForText("h1", "Votre avis sur la réunion");
        browser.assertAccessible();
        browser.find("#send-answer").click();
        browser.waitForText("#score-error", "Choisissez une note de 1");
        browser.assertAccessible();
        browser.find("label[for='score-4']").click();
        browser.find("#comment").sendKeys("Ordre du jour tenu, décisions claires.");
        browser.find("#send-answer").click();
        browser.waitForText(".fr-alert--success", "Merci, votre réponse est enregistrée.");
        assertThat(browser.find("#score-4").isSelected()).isTrue();
        assertThat(jdbc.sql("select score from meeting_survey where token = ?").param(token).query(Integer.class).single()).isEqualTo(4);
    }

    private static void plan(Browser browser, UUID campus, String start, String end, String agenda, String visibility) {
        browser.open("/gestion/campus/" + campus + "/instances");
        new Select(browser.find("#bodyId")).selectByVisibleText("Comité de pilotage");
        browser.script("document.getElementById('startsAt').value = '" + start + "';"
                + "document.getElementById('endsAt').value = '" + end + "';");
        browser.find("#place").sendKeys(agenda);
        browser.find("#agenda").sendKeys(agenda);
        new Select(browser.find("#visibility")).selectByValue(visibility);
        browser.find("#plan-meeting").click();
        browser.waitForText(".fr-alert--success", "est planifiée");
    }
}
