package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.labelling.LabellingFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The national administration works its board of dossiers in a real browser: filters, columns, a tag and a private note. */
class ReviewBoardBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void adminFiltersTheBoardChoosesColumnsTagsAndAnnotatesADossier() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID dossier = LabellingFixtures.submittedDossier(context, "Appel navigateur " + suffix, "Campus Navigateur " + suffix);

        Browser browser = browser();
        browser.login("admin", "demo");
        browser.open("/gestion/labellisation/tableau");
        browser.assertAccessible();

        new Select(browser.find("#filter-call")).selectByVisibleText("Appel navigateur " + suffix + " (" + java.time.Year.now().getValue() + ")");
        new Select(browser.find("#filter-step")).selectByValue("SUBMITTED");
        browser.find("#filter-q").sendKeys("navigateur");
        browser.find("#apply-filters").click();
        browser.waitForText("#board-table caption", "Dossiers : 1");
        assertThat(browser.currentPath()).contains("etape=SUBMITTED").contains("q=navigateur");
        assertThat(browser.find("#board-table").getText()).contains("Campus Navigateur " + suffix);
        assertThat(browser.find("#filters-used").getText()).contains("Étape : Avis régionaux");
        browser.assertAccessible();

        browser.find("#call-statistics").click();
        browser.waitForText("h1", "Statistiques");
        assertThat(browser.find("#step-SUBMITTED .count").getText()).isEqualTo("1");
        browser.assertAccessible();
        browser.driver().navigate().back();
        browser.waitForText("#board-table caption", "Dossiers : 1");

        browser.find("#columns-panel summary").click();
        browser.find("label[for='col-academie']").click();
        browser.find("label[for='col-region']").click();
        browser.find("#save-columns").click();
        browser.waitForText(".fr-alert--success", "Colonnes enregistrées");
        assertThat(browser.currentPath()).contains("etape=SUBMITTED");
        assertThat(browser.findAll("#sort-academie")).hasSize(1);
        assertThat(browser.findAll("#sort-region")).isEmpty();

        browser.find("a[href$='/" + dossier + "/suivi']").click();
        browser.waitForText("h1", "Campus Navigateur " + suffix);
        browser.assertAccessible();
        browser.find("#tag").sendKeys("dossier solide");
        browser.find("#add-tag").click();
        browser.waitForText(".fr-alert--success", "L’étiquette « dossier solide » est ajoutée.");
        assertThat(browser.find("#tag-list").getText()).contains("dossier solide");
        browser.find("#annotation").sendKeys("Gouvernance régionale à vérifier avec le rectorat.");
        browser.find("#add-annotation").click();
        browser.waitForText(".fr-alert--success", "Votre note est enregistrée");
        assertThat(browser.find("#annotation-list").getText()).contains("Gouvernance régionale à vérifier avec le rectorat.");
        browser.assertAccessible();

        browser.find("#messages-link").click();
        browser.waitForText("h1", "Messages");
        browser.assertAccessible();

        browser.open("/gestion/labellisation/tableau?etiquette=dossier%20solide");
        assertThat(browser.find("#board-table").getText()).contains("Campus Navigateur " + suffix).contains("dossier solide");
    }
}
