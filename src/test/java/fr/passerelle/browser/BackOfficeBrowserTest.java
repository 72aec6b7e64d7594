package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ImportPage;
import fr.passerelle.browser.pages.LoginPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The back office in a real browser: log in, edit one's campus, see the change in its history; refusals. */
class BackOfficeBrowserTest extends BrowserTest {

    @Test
    void directorLogsInEditsTheirCampusAndFindsTheChangeInTheHistory() {
        var home = logInAs("direction");
        assertThat(home.path()).startsWith("/gestion");
        home.assertAccessible();

        var form = home.editCampus();
        form.assertAccessible();

        String text = "Présentation écrite dans le navigateur " + UUID.randomUUID();
        form.describe(text).save();
        form.expectSuccess("Les modifications ont été enregistrées.");

        var history = form.tabs().history().expectEntry(text);
        assertThat(history.latestEntry()).contains("direction", "Présentation");
        history.screenshot("history");
        history.assertAccessible();
    }

    @Test
    void aFormErrorIsShownNextToTheFieldWithWhatWasTypedAndIsAccessible() {
        var form = logInAs("direction").editCampus();
        form.locateAtLatitude("quarante-huit").save();
        form.expectFieldError("latitude", "La latitude est un nombre décimal");
        assertThat(form.valueOf("latitude")).isEqualTo("quarante-huit");
        assertThat(form.formErrorSummary()).contains("La latitude est un nombre décimal");
        form.assertAccessible();
    }

    @Test
    void aDirectorIsRefusedTheImportWithAPageInFrench() {
        logInAs("direction");
        var refused = ImportPage.open(browser());
        assertThat(refused.heading()).isEqualTo("Accès refusé");
        refused.assertAccessible();
    }

    @Test
    void loginPageIsAccessibleAndRejectsAWrongPassword() {
        var login = LoginPage.open(browser());
        login.assertAccessible();
        login.attemptLogIn("direction", "mauvais");
        login.expectError("Identifiant ou mot de passe incorrect.");
        assertThat(login.showsTheForm()).isTrue();
    }

    @Test
    void directorRecordsASignedAgreementAndThePartnersPublicPageListsItsCampuses() {
        var partners = logInAs("direction").openPartners();
        partners.recordAgreementWithFirstPartner("Convention de partenariat 2026-2029", Uploads.pdf("convention"));
        partners.expectSuccess("La convention « Convention de partenariat 2026-2029 » a été enregistrée.");
        assertThat(partners.agreements()).contains("Convention de partenariat 2026-2029");
        partners.assertAccessible();

        var partner = partners.tabs().publicPage().openFirstPartner();
        assertThat(partner.campusesTitle()).containsIgnoringCase("campus");
        partner.assertAccessible();
    }
}
