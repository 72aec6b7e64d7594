package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AcademyIndicatorsPage;
import fr.passerelle.browser.pages.DeclarationPage;
import fr.passerelle.browser.pages.IndicatorCataloguePage;
import fr.passerelle.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The indicator catalogue, an académie's optional indicators and a director's declaration, in a real browser, with axe-core. */
class IndicatorsBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;

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
}
