package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AnnualReviewPage;
import fr.passerelle.browser.pages.AnyPage;
import fr.passerelle.identity.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * This year's annual review of the director's campus (demo data: a draft begun) through its chain in a real browser,
 * each role logging in in turn: the director comments and submits; the academic referent sends it back with a reason;
 * the director comments again and resubmits; the referent acknowledges it. Every page checked by axe-core, and the
 * lists where each finds it.
 */
class AnnualReviewChainBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void theDirectorsReviewIsSentBackResubmittedAndAcknowledgedByTheReferent() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int year = LocalDate.now(clock).getYear();

        logInAs("direction");
        var page = AnnualReviewPage.open(browser(), campus, year);
        page.expectSubheading("Bilan annuel des actions " + year);
        assertThat(page.editable()).isTrue();
        assertThat(page.dataDate()).contains("actualisés jusqu’au dépôt");
        page.assertAccessible();
        page.comment("OVERALL", "Une année riche en actions avec les entreprises du territoire.");
        page.comment("ACTIONS", "Le forum des métiers a touché le plus de jeunes.");
        page.save();
        page.expectSuccess("commentaire du bilan est enregistré");
        page.assertAccessible();
        page.submit();
        page.expectSuccess("Le bilan est déposé");
        assertThat(page.editable()).isFalse();
        assertThat(page.status()).containsIgnoringCase("Déposé");
        assertThat(page.dataDate()).contains("Chiffres figés au dépôt");

        switchTo("referent");
        page = AnnualReviewPage.open(browser(), campus, year);
        page.assertAccessible();
        page.sendBack("Commentez l’exécution du budget.");
        page.expectSuccess("renvoyé à la direction");
        assertThat(page.status()).containsIgnoringCase("Renvoyé");

        switchTo("direction");
        page = AnnualReviewPage.open(browser(), campus, year);
        assertThat(page.history()).contains("Commentez l’exécution du budget.");
        page.comment("BUDGET", "Budget exécuté conformément au prévisionnel.");
        page.save();
        page.expectSuccess("commentaire du bilan est enregistré");
        page.submit();
        page.expectSuccess("Le bilan est déposé");

        switchTo("referent");
        var list = AnyPage.open(browser(), "/gestion/bilans-annuels?annee=" + year);
        list.expectHeading("Bilans annuels des actions " + year);
        list.assertAccessible();
        page = AnnualReviewPage.open(browser(), campus, year);
        assertThat(page.commentaryShown("BUDGET")).contains("Budget exécuté conformément au prévisionnel.");
        page.acknowledge("Bilan complet, présenté au comité stratégique régional.");
        page.expectSuccess("pris en compte");
        assertThat(page.status()).containsIgnoringCase("Pris en compte");
        assertThat(page.history()).contains("Renvoyé à la direction par le référent académique", "Pris en compte par le référent académique",
                "Bilan complet, présenté au comité stratégique régional.");
        page.assertAccessible();

        switchTo("direction");
        var years = AnyPage.open(browser(), "/gestion/campus/" + campus + "/bilans");
        years.expectText("Bilan annuel " + year);
        years.assertAccessible();
    }
}
