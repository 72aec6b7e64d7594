package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AcademyIndicatorsPage;
import fr.passerelle.browser.pages.BodiesPage;
import fr.passerelle.browser.pages.DeclarationPage;
import fr.passerelle.browser.pages.IndicatorCataloguePage;
import fr.passerelle.browser.pages.IndicatorsPage;
import fr.passerelle.identity.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indicators in a real browser, with axe-core: the catalogue and an académie's optional indicators, a director's
 * declaration, and the campus dashboard followed to the rows a value counts.
 */
class IndicatorsBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void theDirectorDeclaresAValueFirstRefusedThenRightAndFindsItInTheHistory() {
        var campus = accounts.byUsername("direction").orElseThrow().campusId();
        logInAs("direction");
        var page = DeclarationPage.open(browser(), campus, "NETWORK_SATISFACTION", 2012);
        page.expectText("Aucune valeur n’est encore déclarée");
        page.assertAccessible();

        page.value("total", "140").comment("Enquête de juin auprès de 38 partenaires").evidence(Uploads.pdf("enquete")).declare();
        page.expectValueError("total", "un pourcentage est compris entre 0 et 100");
        page.expectFormError("un pourcentage est compris entre 0 et 100");
        assertThat(page.typedValue("total")).isEqualTo("140");
        assertThat(page.valueOf("comment")).isEqualTo("Enquête de juin auprès de 38 partenaires");
        page.assertAccessible();

        page.value("total", "86,5").evidence(Uploads.pdf("enquete")).declare();
        page.expectSuccess("est déclarée");
        assertThat(page.currentValue()).contains("86,5 %");
        assertThat(page.historySize()).isEqualTo(1);
        assertThat(page.historyRow(0)).contains("direction", "Enquête de juin", ".pdf", "En vigueur");
        page.assertAccessible();
    }

    @Test
    void theCatalogueAndTheAcademysOptionalIndicatorsAreAccessible() {
        logInAs("referent");
        var catalogue = IndicatorCataloguePage.open(browser());
        assertThat(catalogue.themes()).containsExactly("Gouvernance du CMQ", "Innovation", "Relation École-entreprise",
                "Parcours de formation, élévation du niveau de qualification et insertion professionnelle", "Culture et mobilité");
        catalogue.assertAccessible();
        catalogue.filter("PATHWAYS", "IMPORTED");
        assertThat(catalogue.codes()).contains("EMPLOYMENT_RATE").doesNotContain("STEERING_MEETINGS", "LEARNERS_BY_ROUTE");
        catalogue.assertAccessible();

        var academy = AcademyIndicatorsPage.open(browser(), "09");
        assertThat(academy.tracks("TEACHING_KITS")).isTrue();
        academy.assertAccessible();
        academy.save().expectSuccess("est enregistré");
        academy.assertAccessible();
    }

    @Test
    void directorOpensTheDashboardAndFollowsTheParticipationToItsMeetings() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int lastYear = LocalDate.now(clock).getYear() - 1;
        logInAs("direction");
        IndicatorsPage dashboard = BodiesPage.open(browser(), campus).tabs().indicators();
        dashboard.expectSubheading("Indicateurs " + (lastYear + 1));
        dashboard.assertAccessible();

        dashboard.showYear(lastYear);
        dashboard.expectSubheading("Indicateurs " + lastYear);
        // The demo campuses met three times a year in the years before the current one.
        assertThat(dashboard.value("STEERING_MEETINGS")).isEqualTo("3");
        assertThat(dashboard.value("STEERING_PARTICIPATION")).endsWith("%");

        var drill = dashboard.drillDown("STEERING_PARTICIPATION");
        drill.expectSubheading("Taux de participation des membres au COPIL — " + lastYear);
        assertThat(drill.arithmetic()).contains("÷ 3 réunion(s) émargée(s) = " + drill.value());
        assertThat(drill.rowsShown(1)).isEqualTo(3);
        assertThat(drill.rowsShown(2)).isGreaterThan(3);
        drill.assertAccessible();

        dashboard = drill.backToDashboard();
        dashboard.expectSubheading("Indicateurs " + lastYear);
    }
}
