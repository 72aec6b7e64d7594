package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.FoundationsPage;
import fr.passerelle.identity.Accounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director fills in the framework agreement of their campus in a real browser, with its signed PDF. */
class FrameworkAgreementBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void directorFillsTheFrameworkAgreementWithItsSignatoriesAndSignedFile() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        logInAs("direction");
        var page = FoundationsPage.open(browser(), campus);
        page.assertAccessible();

        int line = page.firstBlankLine();
        page.title("Convention cadre du campus 2025-2029").dates("2025-02-03", "2025-03-01", "2029-08-31")
                .signatory(line, "Région Hauts-de-France", "Nadia Lemaire", "Présidente de la commission formation", "90 000", null)
                .save();
        page.expectFormError("Précisez ce que couvre l’engagement financier de « Région Hauts-de-France ».");
        assertThat(page.valueOf("title")).isEqualTo("Convention cadre du campus 2025-2029");
        page.assertAccessible();

        int again = page.firstBlankLine() - 1;
        page.signatory(again, null, null, null, null, "Équipement des plateaux techniques")
                .attach(Uploads.pdf("convention-cadre"))
                .save();
        page.expectSuccess("La convention cadre est enregistrée.");
        assertThat(page.signatoriesTable()).contains("Région Hauts-de-France").contains("Nadia Lemaire")
                .contains("90 000,00 €").contains("Équipement des plateaux techniques");
        assertThat(page.fileLink()).contains("convention-cadre").contains("PDF");
        page.assertAccessible();
    }
}
