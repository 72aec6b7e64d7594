package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Accounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director adds a training in a real browser, finding the diploma by typing part of its name. */
class CampusTrainingsBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;

    @Test
    void directorAddsATrainingThroughTheDiplomaSearch() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        var school = directory.register(fr.passerelle.TestActors.nationalAdmin(), OrganisationDetails.of(OrganisationKind.SCHOOL, "Lycée des Flandres " + UUID.randomUUID().toString().substring(0, 8)));
        directory.addPartner(fr.passerelle.TestActors.nationalAdmin(), campus, school.id(), MembershipRole.PARTNER, null, null);

        Browser browser = browser();
        browser.login("direction", "demo");
        browser.open("/gestion/campus/" + campus + "/formations");
        browser.waitForText("h2", "Formations");
        browser.assertAccessible();

        browser.find("#diplomaCode-q").sendKeys("bts comptabilité");
        browser.waitForText("#diplomaCode-results", "BTS Comptabilité et gestion (32031408)");
        browser.find("label[for='diplomaCode-32031408']").click();
        new Select(browser.find("#organisationId")).selectByValue(school.id().toString());
        browser.find("label[for='route-APPRENTICESHIP']").click();
        browser.find("#sinceYear").sendKeys("2020");
        browser.find("#add-training").click();
        browser.waitForText(".fr-alert--success", "La formation « BTS Comptabilité et gestion (32031408) » est ajoutée.");
        assertThat(browser.find("main").getText()).contains(school.name()).contains("apprentissage");
        browser.assertAccessible();
    }
}
