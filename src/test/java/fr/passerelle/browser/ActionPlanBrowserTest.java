package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director records an action of the action plan, with the learners it reached, in a real browser. */
class ActionPlanBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void directorRecordsAnActionWithLearnersReachedAndSeesTheTotals() {
        var campus = accounts.byUsername("direction").orElseThrow().campusId();
        Browser browser = browser();
        browser.login("direction", "demo");
        browser.open("/gestion/campus/" + campus + "/actions?annee=2034");
        browser.waitForText("h2", "Plan d’actions 2034");
        assertThat(browser.find("#total-learners").getText()).isEqualTo("0");
        browser.assertAccessible();

        browser.find("#new-action").click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/actions/nouvelle"));
        browser.assertAccessible();
        new Select(browser.find("#type")).selectByValue("SCHOOL_TALK");
        browser.find("#title").sendKeys("Interventions dans les collèges");
        new Select(browser.find("#status")).selectByValue("DONE");
        browser.script("document.getElementById('startsOn').value = '2034-03-12';"
                + "document.getElementById('endsOn').value = '2034-03-10';");
        browser.find("label[for='visibility-PUBLIC']").click();
        browser.find("label[for='partner-0']").click();
        browser.find("#l-COLLEGE-girls").sendKeys("48");
        browser.find("#l-COLLEGE-boys").sendKeys("52");
        browser.find("#l-COLLEGE-unspecified").sendKeys("3");
        browser.find("#teachers").clear();
        browser.find("#teachers").sendKeys("6");
        browser.find("#cost").sendKeys("750");
        new Select(browser.find("#funding")).selectByValue("financeur:REGION");
        browser.find("#save-action").click();

        browser.waitForText("#form-error-summary", "précède la date de début");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Interventions dans les collèges");
        assertThat(browser.find("#l-COLLEGE-boys").getAttribute("value")).isEqualTo("52");
        browser.assertAccessible();
        browser.script("document.getElementById('endsOn').value = '2034-03-14';");
        browser.find("#save-action").click();
        browser.waitForText(".fr-alert--success", "est enregistrée");
        assertThat(browser.find("#action-learners-total").getText()).isEqualTo("103");
        assertThat(browser.find("#action-funding").getText()).isEqualTo("Région");
        browser.assertAccessible();

        browser.find("a.fr-icon-arrow-left-line").click();
        browser.waitForText("h2", "Plan d’actions 2034");
        assertThat(browser.find("#total-actions").getText()).isEqualTo("1");
        assertThat(browser.find("#total-learners").getText()).isEqualTo("103");
        assertThat(browser.find("#total-teachers").getText()).isEqualTo("6");
        assertThat(browser.find("#total-cost").getText()).contains("750").contains("€");
        browser.assertAccessible();
    }
}
