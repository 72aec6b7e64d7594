package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.JobBoardPage;
import fr.passerelle.browser.pages.JobOfferFormPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo recruiter (of a member company of Neopolia) writes an offer through the form — refused first for a salary
 * range upside down, the typed values kept — then publishes it; a visitor finds it on the public board by words and by
 * contract, on the map, and opens its page with its JobPosting. axe-core on the form, the board and the offer.
 */
class JobBoardBrowserTest extends BrowserTest {

    @Test
    void aRecruiterPublishesAnOfferThatAVisitorFindsOnTheBoard() {
        String key = "Soudeur Brière " + UUID.randomUUID().toString().substring(0, 6);
        logInAs("recruteur");
        var form = JobOfferFormPage.openNew(browser());
        form.assertAccessible();
        form.title(key).jobTitle("soudeu", 404475).clusterIfAsked("Neopolia").contract("CDD", "6").place("Saint-Nazaire (44)").level("LEVEL_3")
                .salary("32000", "28000").applyByEmail("rh@exemple.invalid").save();
        form.expectFieldError("salaryMax", "Le salaire maximum ne peut être inférieur au salaire minimum.");
        assertThat(form.valueOf("title")).isEqualTo(key);
        form.assertAccessible();

        form.salary("28000", "32000").save();
        form.expectSuccess("L’offre est enregistrée en brouillon");
        assertThat(form.status()).isEqualToIgnoringCase("Brouillon");
        form.assertAccessible();
        form.publish();
        form.expectSuccess("L’offre est publiée sur le site des offres pour 60 jours.");
        assertThat(form.status()).isEqualToIgnoringCase("Publiée");

        browser().logOut();
        var board = JobBoardPage.open(browser());
        board.assertAccessible();
        board.search(key).expectResult(key);
        assertThat(board.resultTitles()).containsExactly(key);
        assertThat(board.markers()).isEqualTo(1);
        board.tick("contrat", "CDD").expectResult(key);
        assertThat(board.facetCount("contrat", "CDD")).isEqualTo("1");
        assertThat(browser().currentUrl()).contains("contrat=CDD");
        board.assertAccessible();

        var offer = board.openOffer(key);
        assertThat(offer.heading()).isEqualTo(key);
        assertThat(offer.facts()).contains("CDD de 6 mois").containsPattern("28.000 € à 32.000 € bruts par an");
        assertThat(offer.jobPosting()).contains("\"@type\":\"JobPosting\"").contains("\"addressLocality\":\"Saint-Nazaire\"");
        offer.assertAccessible();
    }
}
