package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.CampusPage;
import fr.passerelle.browser.pages.CuratedTradesPage;
import fr.passerelle.browser.pages.CurationPage;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor goes from the public page of the demo hospitality campus to its trade sheets, reads one in French and in
 * English, and sees the sheet whose yearly review is overdue and the one not translated yet; the national
 * administration adds a trade and writes its English version. axe-core on every page.
 */
class CuratedTradeSheetsBrowserTest extends BrowserTest {

    @Autowired
    CampusRegistry registry;

    CampusCard hospitalityCampus() {
        return registry.all().stream().filter(c -> c.name().endsWith("Tourisme et innovation")).findFirst().orElseThrow();
    }

    @Test
    void aVisitorReadsTheCampusTradeSheetsInFrenchAndEnglish() {
        CampusCard campus = hospitalityCampus();
        var campusPage = CampusPage.open(browser(), campus.slug());
        var selection = CuratedTradesPage.fromCampusPage(campusPage);
        assertThat(selection.titles()).containsSubsequence("Chef / Cheffe de cuisine", "Commis / Commise de cuisine",
                "Agent / Agente d'accueil touristique", "Pâtissier / Pâtissière de restaurant");
        assertThat(selection.text()).containsIgnoringCase("Revue annuelle en retard");
        selection.assertAccessible();

        var sheet = selection.openSheet("Chef / Cheffe de cuisine");
        assertThat(sheet.contentLanguage()).isEqualTo("fr");
        assertThat(sheet.text()).contains("Diriger la brigade de cuisine", "Niveau requis : 4", "Ce qu’en dit le ROME", "Définition");
        sheet.screenshot("curated-sheet-g1601-fr");
        sheet.assertAccessible();

        sheet.switchLanguage("English version");
        assertThat(sheet.path()).isEqualTo("/campus/" + campus.slug() + "/metiers/G1601/en");
        assertThat(sheet.contentLanguage()).isEqualTo("en");
        assertThat(sheet.enrichmentLanguage()).isEqualTo("en");
        assertThat(sheet.text()).contains("Lead the kitchen team", "What ROME says (in French)");
        sheet.screenshot("curated-sheet-g1601-en");
        sheet.assertAccessible();

        var untranslated = CuratedTradesPage.open(browser(), "/campus/" + campus.slug() + "/metiers/G1610/en");
        assertThat(untranslated.text()).contains("has not been translated into English yet", "Réaliser les desserts");
        assertThat(untranslated.enrichmentLanguage()).isEqualTo("fr");
        untranslated.assertAccessible();

        var overdue = CuratedTradesPage.open(browser(), "/campus/" + campus.slug() + "/metiers/G1101");
        assertThat(overdue.text()).containsIgnoringCase("Revue annuelle en retard");
        overdue.assertAccessible();
    }

    @Test
    void theAdministrationAddsATradeAndWritesItsEnglishVersion() {
        CampusCard campus = hospitalityCampus();
        logInAs("admin");
        var curation = CurationPage.open(browser(), campus.id());
        assertThat(curation.selectionText()).containsIgnoringCase("Revue annuelle en retard");
        curation.assertAccessible();

        curation.trade().search("cuisinier").expectResult("Cuisinier / Cuisinière (G1609)").choose("G1609");
        curation.addTrade();
        curation.expectSuccess("La fiche « Cuisinier / Cuisinière » est ajoutée à la sélection");
        curation.assertAccessible();

        curation.write("missionsFr", "Préparer les plats de la carte.");
        curation.englishTab().write("missionsEn", "Cook the dishes of the menu.");
        curation.assertAccessible();
        curation.save();
        curation.expectSuccess("La fiche « Cuisinier / Cuisinière » est enregistrée.");

        var english = CuratedTradesPage.open(browser(), "/campus/" + campus.slug() + "/metiers/G1609/en");
        assertThat(english.text()).contains("Cook the dishes of the menu.");
        english.assertAccessible();
    }
}
