package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.CandidateSpacePage;
import fr.passerelle.browser.pages.JobBoardPage;
import fr.passerelle.browser.pages.LoginPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo candidate logs in, gives their consent to alerts, searches the job board, saves the search as an alert from
 * the board's button and finds it in their alerts; a visitor sees no such button. axe-core on every page.
 */
class CandidateAlertsBrowserTest extends BrowserTest {

    @Test
    void aCandidateSavesTheBoardSearchAsAnAlertAndFindsItInTheirAlerts() {
        var anonymousBoard = JobBoardPage.open(browser());
        assertThat(anonymousBoard.offersAlert()).as("a visitor sees no alert button").isFalse();

        LoginPage.open(browser()).attemptLogIn("candidat", LoginPage.DEMO_PASSWORD);
        var space = CandidateSpacePage.expect(browser());
        space.ensureConsent("alertes");
        space.assertAccessible();

        var board = JobBoardPage.open(browser());
        board.search("soudeur").expectResult("Soudeur");
        board.assertAccessible();
        var newAlert = board.createAlert();
        assertThat(newAlert.searchDescription()).isEqualTo("« soudeur »");
        newAlert.assertAccessible();
        String name = "Soudure " + UUID.randomUUID().toString().substring(0, 6);
        var alerts = newAlert.name(name).save();
        alerts.expectSuccess("Votre alerte « " + name + " » est enregistrée");
        assertThat(alerts.rows()).anySatisfy(row -> assertThat(row).contains(name, "« soudeur »", "Jamais").containsIgnoringCase("Active"));
        alerts.assertAccessible();

        var again = CandidateSpacePage.open(browser()).alerts();
        assertThat(again.rows()).anySatisfy(row -> assertThat(row).contains(name));
    }
}
