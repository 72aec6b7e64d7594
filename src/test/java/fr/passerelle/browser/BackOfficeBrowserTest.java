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
}
