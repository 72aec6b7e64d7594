package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.CandidateSpacePage;
import fr.passerelle.browser.pages.CvBankPage;
import org.junit.jupiter.api.Test;

/**
 * The demo recruiter (of a member company of Neopolia) searches the CV bank by job title and place, finds the demo
 * candidate (who consented to the CV bank) and opens her profile; the candidate then sees the view in her space.
 * axe-core on the search, the profile and the candidate's space.
 */
class CvBankBrowserTest extends BrowserTest {

    static final int BOILERMAKER = 11971; // Chaudronnier / Chaudronnière, sought by the demo candidate

    @Test
    void aMemberRecruiterFindsACandidateOpensTheProfileAndTheCandidateSeesTheView() {
        logInAs("recruteur");
        var bank = CvBankPage.open(browser());
        bank.assertAccessible();
        bank.jobTitle("chaudronn", BOILERMAKER).place("Saint-Nazaire (44)").search();
        assertThat(bank.results()).anyMatch(r -> r.contains("Chaudronnier"));
        assertThat(browser().currentUrl()).contains("jobTitle=" + BOILERMAKER).contains("place=");
        bank.assertAccessible();

        var profile = bank.openFirst();
        assertThat(profile.jobTitles()).contains("Chaudronnier");
        profile.assertAccessible();

        switchTo("candidat");
        var space = CandidateSpacePage.open(browser());
        assertThat(space.profileViews()).contains("Profil");
        space.assertAccessible();
    }
}
