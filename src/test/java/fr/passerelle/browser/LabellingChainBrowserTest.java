package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AdvicePage;
import fr.passerelle.browser.pages.ApplicationPage;
import fr.passerelle.browser.pages.DecisionsPage;
import fr.passerelle.browser.pages.ExpiringLabelsPage;
import fr.passerelle.browser.pages.LabellingPage;
import fr.passerelle.browser.pages.PublicCallsPage;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole chain in a real browser, each role logging in in turn: the administrator publishes a call, the
 * operational director writes and submits the renewal of their campus, the regional coordinator records the regional
 * opinions, the administrator assigns experts, an expert scores the dossier, the administrator records the
 * synthesis, the CNEE's opinion and the decision; the campus's public page then shows its label.
 */
class LabellingChainBrowserTest extends BrowserTest {

    static final String TEXT = "Le diagnostic a été conduit avec la région, les branches et les établissements : métiers en tension, "
            + "départs à la retraite, besoins de qualification et attractivité auprès des jeunes. Il est partagé par le comité d'orientation.";

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Clock clock;

    @Test
    void aCallBecomesALabelWithEachRoleLoggingIn() {
        String title = "Appel navigateur " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);

        // The national administrator writes and publishes the call.
        logInAs("admin");
        var labelling = LabellingPage.open(browser());
        labelling.assertAccessible();
        var call = labelling.newCall().write(title, today.minusDays(1), today.plusMonths(1), "Des projets ambitieux pour la filière.");
        call.expectSuccess("est créé");
        call.assertAccessible();
        call.requireDocument("Lettre d'engagement de la région");
        call.expectSuccess("est demandée");
        call.publish();
        call.expectSuccess("L'appel est publié");
        switchTo(null);

        // Everyone reads it.
        var calls = PublicCallsPage.open(browser());
        calls.assertAccessible();
        calls.openCall(title).assertAccessible();

        // The operational director opens the renewal of their campus and writes it.
        switchTo("direction");
        var opening = LabellingPage.open(browser()).openApplicationFor(title);
        opening.assertAccessible();
        var application = opening.openForFirstCampus("STANDARD");
        application.expectSuccess("est ouvert");
        String dossier = application.path();
        UUID id = application.id();
        application.assertAccessible();
        var criterion = application.openCriterion("DIAGNOSIS");
        criterion.expectHeading("Critère 1");
        criterion.assertAccessible();
        criterion.write(TEXT).expectAutosaved("Brouillon enregistré à").save();
        criterion.expectSuccess("est enregistré");
        Actor director = accounts.byUsername("direction").orElseThrow();
        jdbc.sql("""
                        insert into application_section (application_id, criterion, text, revision, updated_at, updated_by)
                        select ?, c, ?, 1, ?, ? from unnest(array['PERIMETER','STRATEGIC_GOALS','REGIONAL_GOVERNANCE','OPERATIONAL_STEERING',
                            'MEANS','IDENTITY','PLACES','PATHWAYS','INTERNATIONAL','QUALITY']) as c""")
                .params(id, TEXT, OffsetDateTime.now(clock), director.displayName()).update();
        application = ApplicationPage.open(browser(), dossier);
        application.attach("Lettre d'engagement de la région", Uploads.pdf("lettre-engagement"));
        application.expectSuccess("est jointe au dossier");

        // The administrator attaches an expert to support the draft while it is written.
        switchTo("admin");
        var advice = AdvicePage.open(browser(), dossier);
        advice.expectHeading("Appui à la construction");
        advice.assertAccessible();
        advice.attachAdvisor(accounts.byUsername("experte").orElseThrow().accountId());
        advice.expectSuccess("en appui à sa construction");
        assertThat(advice.advisors()).contains("Seconde experte");

        // The expert reads the draft, without a way to write it, and gives advice in the tab of its own.
        switchTo("experte");
        application = ApplicationPage.open(browser(), dossier);
        application.expectText("Vous accompagnez ce projet en appui à sa construction");
        application.assertAccessible();
        advice = application.openAdvice();
        advice.write("Nommez la direction opérationnelle et joignez sa lettre de mission : le groupe ne rend pas d'avis favorable sans elle.");
        advice.expectSuccess("Votre message est envoyé");
        advice.assertAccessible();

        // The director reads the advice and answers it.
        switchTo("direction");
        advice = AdvicePage.open(browser(), dossier);
        assertThat(advice.thread()).contains("Nommez la direction opérationnelle");
        advice.write("Merci : la directrice est nommée et sa lettre de mission jointe.");
        advice.expectSuccess("Votre message est envoyé");

        // Without a director, the dossier is not submitted, and the page says what is missing.
        application = ApplicationPage.open(browser(), dossier);
        application.submit();
        application.expectText("Le dossier ne peut pas être déposé");
        assertThat(application.submitError()).contains("Direction opérationnelle : nommez le directeur ou la directrice");
        application.nameDirector("Claire Exemple", "claire.exemple@demo.passerelle.test", "Rectorat de l'académie de Lille", "2027-09-01");
        application.expectSuccess("La direction opérationnelle est enregistrée");
        assertThat(application.direction()).contains("Claire Exemple").containsIgnoringCase("Non jointe");
        application.joinMissionLetter(Uploads.pdf("lettre-de-mission"));
        application.expectSuccess("La lettre de mission est jointe");
        assertThat(application.direction()).contains("lettre-de-mission");
        application.assertAccessible();
        application.submit();
        application.expectSuccess("Le dossier est déposé");
        assertThat(application.status()).isEqualToIgnoringCase("Avis régionaux");
        var version = application.openVersion(1);
        version.expectHeading("version 1");
        version.assertAccessible();

        // The two co-pilots record one opinion each (ADR 0009): the rectorat's coordination the CAEN's, the région the Crefop's.
        for (String[] coPilot : new String[][] {{"coordination", "CAEN"}, {"conseil-regional", "CREFOP"}}) {
            switchTo(coPilot[0]);
            application = ApplicationPage.open(browser(), dossier);
            application.recordOpinion(coPilot[1], "FAVOURABLE", "Projet cohérent avec la carte des formations.");
            application.expectSuccess("est enregistré");
            application.assertAccessible();
        }
        switchTo("coordination");

        var expiring = ExpiringLabelsPage.open(browser());
        expiring.expectHeading("Labels arrivant à échéance");
        expiring.assertAccessible();

        // The administrator assigns two experts.
        switchTo("admin");
        ApplicationPage.open(browser(), dossier)
                .assignExperts(accounts.byUsername("expert").orElseThrow().accountId(), accounts.byUsername("experte").orElseThrow().accountId())
                .expectSuccess("Les experts sont affectés");

        // Each expert scores every criterion and hands in the review.
        for (String expert : new String[] {"expert", "experte"}) {
            switchTo(expert);
            var review = ApplicationPage.open(browser(), dossier).openReview();
            review.expectHeading("Expertise");
            review.assertAccessible();
            review.scoreEveryCriterion(3).handIn();
            review.expectSuccess("Votre expertise est remise.");
        }

        // The administrator records the synthesis, the CNEE's opinion and the decision.
        switchTo("admin");
        for (String expected : new String[] {"Groupe d’expertise", "CNEE"}) {
            application = ApplicationPage.open(browser(), dossier);
            application.recordOpinion("FAVOURABLE", "Avis favorable.");
            application.expectSuccess("est enregistré");
        }
        application = ApplicationPage.open(browser(), dossier);
        application.grantLabel();
        application.expectSuccess("Le label est accordé");
        assertThat(application.decision()).contains("Label accordé, catégorie Standard");
        assertThat(application.certificateLink()).endsWith("/attestation.pdf");
        application.assertAccessible();

        // The public sees the label on the campus's page and the decision in the list.
        switchTo(null);
        var decisions = DecisionsPage.open(browser());
        decisions.assertAccessible();
        String campus = registry.byId(accounts.byUsername("direction").orElseThrow().campusId()).orElseThrow().name();
        decisions.openCampus(campus).expectText("Valide jusqu’au");
    }
}
