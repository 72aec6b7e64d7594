package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director runs a meeting in a real browser: body, members, meeting, attendance, minutes. */
class GovernanceBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;

    @Test
    void directorPlansAMeetingRecordsAttendanceAndMinutes() {
        var organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), organisation, new PersonDetails("Inès", "Membre", "Déléguée", "ines@example.fr", null));

        Browser browser = browser();
        browser.login("direction", "demo");
        browser.find("a[aria-label^='Partenaires de']").click();
        browser.find("a[href$='/instances']").click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/instances"));
        browser.assertAccessible();

        new Select(browser.find("#kind")).selectByValue("TECHNICAL");
        browser.find("#body-name").sendKeys("Comité de suivi numérique");
        browser.find("#create-body").click();
        browser.waitForText(".fr-alert--success", "L'instance « Comité de suivi numérique » a été créée.");
        String memberSelect = browser.find("label[for^='member-'][data-body='Comité de suivi numérique']").getAttribute("for");
        new Select(browser.find("#" + memberSelect)).selectByIndex(1);
        browser.find("button[aria-label='Ajouter le membre à Comité de suivi numérique']").click();
        browser.waitForText(".fr-alert--success", "Le membre a été ajouté.");

        new Select(browser.find("#bodyId")).selectByVisibleText("Comité de suivi numérique");
        browser.script("document.getElementById('startsAt').value = '2026-12-15T09:30';"
                + "document.getElementById('endsAt').value = '2026-12-15T11:00';");
        browser.find("#place").sendKeys("Salle du conseil");
        browser.find("#agenda").sendKeys("Programme d'actions 2027");
        browser.find("#plan-meeting").click();
        browser.waitForText(".fr-alert--success", "est planifiée");
        browser.assertAccessible();

        browser.find("label[for$='-PRESENT']").click();
        browser.find("#save-attendance").click();
        browser.waitForText(".fr-alert--success", "L'émargement est enregistré.");
        assertThat(browser.find("#participation").getText()).isEqualTo("100 %");

        browser.find("#minutes").sendKeys("Le programme d'actions **2027** est adopté.");
        browser.find("#save-minutes").click();
        browser.waitForText(".fr-alert--success", "Le compte rendu est enregistré.");
        assertThat(browser.find("#minutes").getAttribute("value")).isEqualTo("Le programme d'actions **2027** est adopté.");
        assertThat(browser.find("#minutes-preview strong").getText()).isEqualTo("2027");
        browser.assertAccessible();

        // The minutes and attendance sheet export as a PDF.
        Object pdf = browser.script("const r = new XMLHttpRequest(); r.open('GET', document.getElementById('minutes-pdf').href, false);"
                + "r.overrideMimeType('text/plain; charset=x-user-defined'); r.send();"
                + "return r.status + ' ' + r.getResponseHeader('Content-Type') + ' ' + r.responseText.substring(0, 5);");
        assertThat(pdf).isEqualTo("200 application/pdf %PDF-");

        browser.find("a[href$='/instances']").click();
        browser.find("a[href$='/budget']").click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/budget"));
        browser.open(browser.currentPath() + "?annee=2030");
        browser.find("#open-budget").click();
        browser.waitForText(".fr-alert--success", "est ouvert");
        browser.find("label[for='side-resource']").click();
        new Select(browser.find("#category")).selectByValue("REGION");
        browser.find("#line-label").sendKeys("Subvention régionale");
        browser.find("#planned").sendKeys("-5");
        browser.find("#add-line").click();
        browser.waitForText("#budget-error", "Le montant ne peut être négatif.");
        assertThat(browser.find("#line-label").getAttribute("value")).isEqualTo("Subvention régionale");
        browser.assertAccessible();
        browser.find("#planned").clear();
        browser.find("#planned").sendKeys("200 000");
        browser.find("#add-line").click();
        browser.waitForText(".fr-alert--success", "est ajoutée");
        assertThat(browser.find("#planned-resources").getText()).contains("200").contains("€");
        browser.assertAccessible();
    }
}
