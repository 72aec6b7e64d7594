package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The back office in a real browser: log in, edit one's campus, see the change in its history; refusals. */
class BackOfficeBrowserTest extends BrowserTest {

    @Test
    void directorLogsInEditsTheirCampusAndFindsTheChangeInTheHistory() {
        Browser browser = browser();
        browser.login("direction", "demo");
        assertThat(browser.currentPath()).startsWith("/gestion");
        browser.assertAccessible();

        browser.find("a[aria-label^='Modifier']").click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/modifier"));
        browser.assertAccessible();

        String text = "Présentation écrite dans le navigateur " + UUID.randomUUID();
        var description = browser.find("#description");
        description.clear();
        description.sendKeys(text);
        browser.find("#save").click();
        browser.waitForText(".fr-alert--success", "Les modifications ont été enregistrées.");

        browser.find("a[href$='/historique']").click();
        browser.waitForText("#audit", text);
        assertThat(browser.find("#audit tbody tr").getText()).contains("direction", "Présentation");
        browser.screenshot("history");
        browser.assertAccessible();
    }

    @Test
    void aFormErrorIsShownNextToTheFieldWithWhatWasTypedAndIsAccessible() {
        Browser browser = browser();
        browser.login("direction", "demo");
        browser.find("a[aria-label^='Modifier']").click();
        var latitude = browser.find("#latitude");
        latitude.clear();
        latitude.sendKeys("quarante-huit");
        browser.find("#save").click();
        browser.waitForText("#latitude-error", "La latitude est un nombre décimal");
        assertThat(browser.find("#latitude").getAttribute("value")).isEqualTo("quarante-huit");
        assertThat(browser.find("#form-error-summary").getText()).contains("La latitude est un nombre décimal");
        browser.assertAccessible();
    }

    @Test
    void aDirectorIsRefusedTheImportWithAPageInFrench() {
        Browser browser = browser();
        browser.login("direction", "demo");
        browser.open("/gestion/import");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
        browser.assertAccessible();
    }

    @Test
    void loginPageIsAccessibleAndRejectsAWrongPassword() {
        Browser browser = browser();
        browser.open("/connexion");
        browser.assertAccessible();
        browser.find("#username").sendKeys("direction");
        browser.find("#password").sendKeys("mauvais");
        browser.find("#login-submit").click();
        browser.waitForText(".fr-alert--error", "Identifiant ou mot de passe incorrect.");
        assertThat(browser.driver().findElements(By.cssSelector("#username"))).isNotEmpty();
    }

    @Test
    void directorRecordsASignedAgreementAndThePartnersPublicPageListsItsCampuses() throws Exception {
        Browser browser = browser();
        browser.login("direction", "demo");
        browser.find("a[aria-label^='Partenaires de']").click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/partenaires"));
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("convention", ".pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        new org.openqa.selenium.support.ui.Select(browser.find("#partnerId")).selectByIndex(1);
        browser.find("#title").sendKeys("Convention de partenariat 2026-2029");
        browser.find("#fichier").sendKeys(pdf.toAbsolutePath().toString());
        browser.find("#add-agreement").click();
        browser.waitForText(".fr-alert--success", "La convention « Convention de partenariat 2026-2029 » a été enregistrée.");
        assertThat(browser.find("#conventions + .fr-table, #conventions ~ .fr-table").getText()).contains("Convention de partenariat 2026-2029");
        browser.assertAccessible();

        String campusPage = browser.find("a[href^='/campus/']").getAttribute("href");
        browser.driver().get(campusPage);
        browser.find("a[href^='/partenaires/']").click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/partenaires/"));
        assertThat(browser.find("h2").getText()).containsIgnoringCase("campus");
        browser.assertAccessible();
    }
}
