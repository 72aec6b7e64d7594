package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.CampusPage;
import fr.passerelle.browser.pages.CuratedTradesPage;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor goes from the public page of the demo hospitality campus to one of its trade sheets, on to the national
 * sheet of that trade, and from there to the sheet of a training that leads to it. axe-core on every page.
 */
class CampusToTradeToTrainingBrowserTest extends BrowserTest {

    @Autowired
    CampusRegistry registry;

    @Test
    void aVisitorGoesFromACampusToATradeToATrainingThatLeadsToIt() {
        CampusCard campus = registry.all().stream().filter(c -> c.name().endsWith("Tourisme et innovation")).findFirst().orElseThrow();
        var campusPage = CampusPage.open(browser(), campus.slug());
        campusPage.assertAccessible();

        var sheet = CuratedTradesPage.fromCampusPage(campusPage).openSheet("Chef / Cheffe de cuisine");
        var trade = sheet.openNationalSheet();
        assertThat(trade.path()).isEqualTo("/metiers/G1601");
        assertThat(trade.trainingsLeadingTo()).isNotEmpty();
        trade.assertAccessible();

        String training = trade.trainingsLeadingTo().get(0);
        var trainingSheet = trade.openTraining(training);
        assertThat(trainingSheet.heading()).contains(training);
        assertThat(trainingSheet.text()).contains("G1601");
        trainingSheet.assertAccessible();
    }
}
