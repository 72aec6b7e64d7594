package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The administrator's and the coordinator's pages in a real browser, each checked by axe-core. */
class AdministrationBrowserTest extends BrowserTest {

    @Test
    void administratorPreviewsAnImportSeesTheRejectedRowsThenFollowsItsProgressToTheEnd() throws Exception {
        Browser browser = browser();
        browser.login("admin", "demo");
        browser.open("/gestion/import");
        browser.assertAccessible();

        Path csv = Files.createTempFile("registre", ".csv");
        Files.writeString(csv, """
                nom;filiere;code_region;code_academie;code_commune;categorie
                Campus navigateur Un;Numérique, télécommunications;84;10;69123;Standard
                Campus navigateur Deux;Filière inconnue;84;10;;Standard
                Campus navigateur Trois;Tourisme, gastronomie;93;02;13055;Excellence
                """, StandardCharsets.UTF_8);
        browser.find("#fichier").sendKeys(csv.toAbsolutePath().toString());
        browser.find("#import-form button[type=submit]").click();
        browser.waitForText("#import-errors", "Filière inconnue");
        assertThat(browser.find("#import-errors tbody").getText()).contains("3", "filiere");
        browser.assertAccessible();

        browser.find("#start-import").click();
        browser.waitForText("#progress", "Import terminé");
        assertThat(browser.find("#progress").getText()).contains("2 ligne(s) sur 2", "2 campus créé(s)");
        browser.assertAccessible();

        browser.open("/campus?q=navigateur");
        browser.waitForText("#result-count strong", "2");
    }

    @Test
    void administratorOpensAnAccountForAPartnerOrganisationChosenBySearch() {
        Browser browser = browser();
        browser.login("admin", "demo");
        browser.open("/gestion/comptes");
        browser.assertAccessible();
        browser.find("#username").sendKeys("membre.polepharma");
        browser.find("#displayName").sendKeys("Membre de Polepharma");
        browser.find("#email").sendKeys("membre@polepharma.example");
        new Select(browser.find("#role")).selectByValue("PARTNER_MEMBER");
        browser.find("#organisationId-q").sendKeys("Polepharma");
        browser.waitForText("#organisationId-results", "Polepharma");
        browser.find("#organisationId-results label").click();
        browser.find("#open-account").click();
        browser.waitForText(".fr-alert--success", "Le compte « membre.polepharma » est ouvert.");
        assertThat(browser.find("table").getText()).contains("membre.polepharma", "Membre partenaire");
        browser.assertAccessible();
    }

    @Test
    void coordinatorRegistersAnOrganisationThenMakesItAPartnerOfACampus() {
        Browser browser = browser();
        browser.login("coordination", "demo");
        browser.open("/gestion/organisations/nouvelle");
        browser.assertAccessible();
        String name = "Lycée navigateur " + UUID.randomUUID().toString().substring(0, 8);
        new Select(browser.find("#kind")).selectByValue("SCHOOL");
        browser.find("#name").sendKeys(name);
        browser.find("#uai").sendKeys("0010826X");
        browser.find("#save-organisation").click();
        browser.waitForText("#uai-error", "n'est pas valide");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo(name);
        browser.assertAccessible();

        browser.find("#uai").clear();
        browser.find("#uai").sendKeys("0010965U");
        // Located in the coordinator's région, it stays theirs to edit.
        browser.find("#municipalityCode").sendKeys("59350");
        browser.find("#save-organisation").click();
        browser.waitForText(".fr-alert--success", "a été ajoutée à l'annuaire");
        browser.assertAccessible();

        browser.find("a[aria-label^='Modifier " + name + "']").click();
        browser.find("#firstName").sendKeys("Claire");
        browser.find("#lastName").sendKeys("Navigateur");
        browser.find("#personEmail").sendKeys("claire@example.fr");
        browser.find("#add-person").click();
        browser.waitForText("#personnes + p, .fr-table", "Claire Navigateur");
        browser.assertAccessible();

        browser.open("/gestion");
        browser.find("a[aria-label^='Partenaires de']").click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/partenaires"));
        browser.assertAccessible();
        browser.find("#organisationId-q").sendKeys(name.substring(0, 20));
        browser.waitForText("#organisationId-results", name);
        browser.find("#organisationId-results label").click();
        new Select(browser.find("#role")).selectByValue("ASSOCIATE");
        browser.find("#add-partner").click();
        browser.waitForText(".fr-alert--success", "a été ajouté aux partenaires");
        assertThat(browser.find("table").getText()).contains(name, "Membre associé");

        new Select(browser.find("#personId")).selectByVisibleText("Claire Navigateur — " + name);
        browser.find("#contact-form button[type=submit]").click();
        browser.waitForText(".fr-alert--success", "Claire Navigateur est désormais contact du campus.");
        browser.assertAccessible();

        browser.find("a[href$='/historique']").click();
        browser.waitForText("#audit", "Contact ajouté : Claire Navigateur");
        assertThat(browser.find("#audit").getText()).contains("Partenaire ajouté : " + name);
    }
}
