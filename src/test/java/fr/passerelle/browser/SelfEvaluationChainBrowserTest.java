package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AnyPage;
import fr.passerelle.browser.pages.SelfEvaluationCampaignsPage;
import fr.passerelle.browser.pages.SelfEvaluationPage;
import fr.passerelle.identity.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * This year's self-evaluation of the director's campus (demo data: a draft begun) through its whole chain in a real
 * browser, each role logging in in turn: the director rates every theme and submits; the academic referent sends it
 * back; the director submits again; the referent forwards it; the regional coordinator records the committee's
 * validation; the national administration reads it. Every page checked by axe-core.
 */
class SelfEvaluationChainBrowserTest extends BrowserTest {

    static final String[] THEMES = {"GOVERNANCE", "INNOVATION", "SCHOOL_BUSINESS", "PATHWAYS", "CULTURE_MOBILITY"};

    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void theDirectorsSelfEvaluationIsSentBackResubmittedForwardedValidatedAndReadNationally() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();

        logInAs("direction");
        var page = SelfEvaluationPage.open(browser(), campus, year);
        page.expectSubheading("Auto-évaluation " + year);
        assertThat(page.editable()).isTrue();
        page.assertAccessible();
        for (int i = 0; i < THEMES.length; i++) {
            page.rate(THEMES[i], 1 + i % 4, "Points forts du thème " + THEMES[i], "Axes de progrès du thème " + THEMES[i]);
        }
        page.save();
        page.expectSuccess("est enregistrée");
        page.assertAccessible();
        page.submit();
        page.expectSuccess("est déposée");
        assertThat(page.editable()).isFalse();
        assertThat(page.status()).containsIgnoringCase("référent académique");

        switchTo("referent");
        page = SelfEvaluationPage.open(browser(), campus, year);
        page.assertAccessible();
        page.comment("Détaillez les actions de mobilité européenne.").sendBack();
        page.expectSuccess("est renvoyée à la direction");
        assertThat(page.status()).containsIgnoringCase("Renvoyée");

        switchTo("direction");
        page = SelfEvaluationPage.open(browser(), campus, year);
        assertThat(page.history()).contains("Détaillez les actions de mobilité européenne.");
        page.rate("CULTURE_MOBILITY", 2, "Stages Erasmus+ d’apprentis", "Mobilité des enseignants");
        page.save();
        page.expectSuccess("est enregistrée");
        page.submit();
        page.expectSuccess("est déposée");

        switchTo("referent");
        page = SelfEvaluationPage.open(browser(), campus, year);
        page.comment("Complétée comme demandé.").forward();
        page.expectSuccess("transmise à la région");

        switchTo("coordination");
        page = SelfEvaluationPage.open(browser(), campus, year);
        page.assertAccessible();
        page.committeeMetOn(today).comment("Validée en comité stratégique régional.").validate();
        page.expectSuccess("validation du comité stratégique régional est enregistrée");
        assertThat(page.status()).isEqualToIgnoringCase("Validée");
        page.assertAccessible();

        switchTo("admin");
        var campaigns = SelfEvaluationCampaignsPage.open(browser());
        campaigns.expectHeading("Campagnes d’auto-évaluation");
        campaigns.assertAccessible();
        var campaign = SelfEvaluationCampaignsPage.campaign(browser(), year);
        campaign.expectHeading("Campagne d’auto-évaluation " + year);
        campaign.assertAccessible();
        page = SelfEvaluationPage.open(browser(), campus, year);
        assertThat(page.ratingShown("CULTURE_MOBILITY")).isEqualTo("2 « En cours »");
        page.markRead();
        page.expectSuccess("marquée comme lue");
        assertThat(page.history()).contains("Lue par l’administration nationale", "Validée par le comité stratégique régional",
                "Renvoyée à la direction par le référent académique");
        page.assertAccessible();

        switchTo("direction");
        var years = AnyPage.open(browser(), "/gestion/campus/" + campus + "/auto-evaluation");
        years.expectText("Auto-évaluation " + year);
        years.assertAccessible();
    }
}
