package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole chain in a real browser, each role logging in in turn: the administrator publishes a call, the
 * operational director writes and submits the renewal of their campus, the regional coordinator records the regional
 * opinions, the administrator assigns experts, an expert scores the dossier, the administrator records the
 * synthesis, the CNEE's opinion and the decision; the campus's public page then shows its label.
 */
class LabellingChainBrowserTest extends BrowserTest {

    static final String TEXT = "Le diagnostic a été conduit avec la région, les branches et les établissements : métiers en tension, "
            + "départs à la retraite, besoins de qualification et attractivité auprès des jeunes. Il est partagé par le comité d'orientation.";

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.passerelle.campus.CampusRegistry registry;

    @Test
    void aCallBecomesALabelWithEachRoleLoggingIn() throws Exception {
        String title = "Appel navigateur " + UUID.randomUUID().toString().substring(0, 6);
        Browser browser = browser();

        // The national administrator writes and publishes the call.
        browser.login("admin", "demo");
        browser.open("/gestion/labellisation");
        browser.assertAccessible();
        browser.find("#new-call").click();
        browser.find("#title").sendKeys(title);
        browser.script("document.getElementById('opensOn').value = '" + LocalDate.now().minusDays(1) + "';"
                + "document.getElementById('closesOn').value = '" + LocalDate.now().plusMonths(1) + "';");
        browser.find("#expectations").sendKeys("Des projets ambitieux pour la filière.");
        browser.find("#save-call").click();
        browser.waitForText(".fr-alert--success", "est créé");
        browser.assertAccessible();
        browser.find("#document-label").sendKeys("Lettre d'engagement de la région");
        browser.find("#add-document").click();
        browser.waitForText(".fr-alert--success", "est demandée");
        browser.find("#publish-call").click();
        browser.waitForText(".fr-alert--success", "L'appel est publié");
        switchTo(browser, null);

        // Everyone reads it.
        browser.open("/appels-a-projets");
        browser.assertAccessible();
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForText("h1", title);
        browser.assertAccessible();

        // The operational director opens the renewal of their campus and writes it.
        switchTo(browser, "direction");
        browser.open("/gestion/labellisation");
        browser.find("a[aria-label='Ouvrir un dossier pour " + title + "']").click();
        browser.assertAccessible();
        new Select(browser.find("#category")).selectByValue("STANDARD");
        new Select(browser.find("#campusId")).selectByIndex(1);
        browser.find("#create-dossier").click();
        browser.waitForText(".fr-alert--success", "est ouvert");
        String dossier = browser.currentPath();
        browser.assertAccessible();
        browser.find("a[href$='/criteres/DIAGNOSIS']").click();
        browser.waitForText("h1", "Critère 1");
        browser.assertAccessible();
        browser.find("#text").sendKeys(TEXT);
        browser.waitForText("#autosave", "Brouillon enregistré à");
        browser.find("#save-section").click();
        browser.waitForText(".fr-alert--success", "est enregistré");
        UUID id = UUID.fromString(dossier.substring(dossier.lastIndexOf('/') + 1));
        Actor director = accounts.byUsername("direction").orElseThrow();
        jdbc.sql("""
                        insert into application_section (application_id, criterion, text, revision, updated_at, updated_by)
                        select ?, c, ?, 1, now(), ? from unnest(array['PERIMETER','STRATEGIC_GOALS','REGIONAL_GOVERNANCE','OPERATIONAL_STEERING',
                            'MEANS','IDENTITY','PLACES','PATHWAYS','INTERNATIONAL','QUALITY']) as c""")
                .params(id, TEXT, director.displayName()).update();
        browser.open(dossier);
        Path letter = Files.createTempFile("lettre-engagement", ".pdf");
        Files.write(letter, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        new Select(browser.find("#requiredDocumentId")).selectByVisibleText("Lettre d'engagement de la région");
        browser.find("#attachment-file").sendKeys(letter.toString());
        browser.find("#attach").click();
        browser.waitForText(".fr-alert--success", "est jointe au dossier");
        browser.find("#submit-dossier").click();
        browser.waitForText(".fr-alert--success", "Le dossier est déposé");
        assertThat(browser.find("#status").getText()).isEqualToIgnoringCase("Avis régionaux");
        browser.open(dossier + "/versions/1");
        browser.waitForText("h1", "version 1");
        browser.assertAccessible();

        // The regional coordinator records the CAEN's and the Crefop's opinions.
        switchTo(browser, "coordination");
        for (String body : new String[] {"CAEN", "CREFOP"}) {
            browser.open(dossier);
            new Select(browser.find("#body")).selectByValue(body);
            new Select(browser.find("#verdict")).selectByValue("FAVOURABLE");
            browser.find("#reasons").sendKeys("Projet cohérent avec la carte des formations.");
            browser.find("#record-opinion").click();
            browser.waitForText(".fr-alert--success", "est enregistré");
        }
        browser.assertAccessible();

        browser.open("/gestion/labellisation/echeances");
        browser.waitForText("h1", "Labels arrivant à échéance");
        browser.assertAccessible();

        // The administrator assigns two experts.
        switchTo(browser, "admin");
        browser.open(dossier);
        for (String expert : new String[] {"expert", "experte"}) {
            String expertId = accounts.byUsername(expert).orElseThrow().accountId().toString();
            browser.find("label[for='expert-" + expertId + "']").click();
        }
        browser.find("#assign-experts").click();
        browser.waitForText(".fr-alert--success", "Les experts sont affectés");

        // Each expert scores every criterion and hands in the review.
        for (String expert : new String[] {"expert", "experte"}) {
            switchTo(browser, expert);
            browser.open(dossier);
            browser.find("#open-review").click();
            browser.waitForText("h1", "Expertise");
            browser.assertAccessible();
            for (var label : browser.findAll("label[for$='-3']")) {
                label.click();
            }
            browser.find("#submit-review").click();
            browser.waitForText(".fr-alert--success", "Votre expertise est remise.");
        }

        // The administrator records the synthesis, the CNEE's opinion and the decision.
        switchTo(browser, "admin");
        for (String expected : new String[] {"Groupe d’expertise", "CNEE"}) {
            browser.open(dossier);
            new Select(browser.find("#verdict")).selectByValue("FAVOURABLE");
            browser.find("#reasons").sendKeys("Avis favorable.");
            browser.find("#record-opinion").click();
            browser.waitForText(".fr-alert--success", "est enregistré");
        }
        browser.open(dossier);
        browser.find("label[for='outcome-granted']").click();
        browser.find("#record-decision").click();
        browser.waitForText(".fr-alert--success", "Le label est accordé");
        assertThat(browser.find("#decision-text").getText()).contains("Label accordé, catégorie Standard");
        assertThat(browser.find("#certificate").getAttribute("href")).endsWith("/attestation.pdf");
        browser.assertAccessible();

        // The public sees the label on the campus's page and the decision in the list.
        switchTo(browser, null);
        browser.open("/labellisation/decisions");
        browser.assertAccessible();
        String campus = registry.byId(accounts.byUsername("direction").orElseThrow().campusId()).orElseThrow().name();
        browser.driver().findElement(By.linkText(campus)).click();
        browser.waitForText("body", "Valide jusqu’au");
    }

    private static void switchTo(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        if (username != null) {
            browser.login(username, "demo");
        }
    }
}
