package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.TradeSearchPage;
import fr.passerelle.browser.pages.TradeSheetPage;
import org.junit.jupiter.api.Test;

/**
 * A pupil looks for a trade by words or by a job title and reads its sheet, then a neighbouring trade's. axe-core on
 * every page visited. The sample release of ROME (19 fiches) is imported at start.
 */
class TradeSheetsBrowserTest extends BrowserTest {

    @Test
    void aPupilFindsATradeByAJobTitleWordAndReadsItsSheet() {
        var search = TradeSearchPage.open(browser());
        assertThat(search.resultCount()).isEqualTo("19");
        search.assertAccessible();

        search.search("soudeuse");
        assertThat(search.resultTitles()).contains("Soudeur / Soudeuse");
        assertThat(search.address()).contains("q=soudeuse");
        search.filterBy("grand-domaine", "H");
        assertThat(search.resultTitles()).isNotEmpty().contains("Soudeur / Soudeuse");
        search.screenshot("trade-search-soudeuse");
        search.assertAccessible();

        TradeSheetPage sheet = search.openTrade("Soudeur / Soudeuse");
        assertThat(sheet.heading()).isEqualTo("Soudeur / Soudeuse");
        assertThat(sheet.sections()).containsSubsequence("En bref", "Définition", "Accès au métier", "Appellations (16)",
                "Savoir-faire", "Savoir-être professionnels", "Savoirs", "Contextes de travail", "Métiers proches");
        assertThat(sheet.jobTitles().get(0)).startsWith("Soudeur / Soudeuse").containsIgnoringCase("Appellation principale");
        assertThat(sheet.certifications()).contains("CAP métallier");
        assertThat(sheet.neighbours()).isNotEmpty();
        sheet.screenshot("trade-sheet-h2913");
        sheet.assertAccessible();

        TradeSheetPage neighbour = sheet.openNeighbour("H2916");
        assertThat(neighbour.heading()).contains("Tungsten Inert Gas");
        assertThat(neighbour.text()).contains("Emploi stratégique pour la transition écologique");
        neighbour.assertAccessible();
    }

    @Test
    void aPupilPicksAJobTitleAsTheyTypeAndLandsOnItsFiche() {
        var search = TradeSearchPage.open(browser());
        var picker = search.jobTitlePicker();
        picker.search("cuisini").expectResult("Cuisinier / Cuisinière");
        search.assertAccessible();
        picker.choose("13861");

        TradeSheetPage sheet = search.openChosenJobTitle();
        assertThat(sheet.path()).isEqualTo("/metiers/G1609");
        assertThat(sheet.heading()).isEqualTo("Cuisinier / Cuisinière");
        sheet.assertAccessible();
    }
}
