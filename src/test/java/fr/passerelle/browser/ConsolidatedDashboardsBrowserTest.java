package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ScopeCampusesPage;
import fr.passerelle.browser.pages.ScopeDashboardPage;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consolidated dashboards in a real browser, with axe-core: the national administration reads when the figures
 * were consolidated and recomputes them, goes from the nation to a région, follows an indicator to the région's campuses, sorts them and opens the rows one campus counts; a regional
 * coordinator reaches their région from the landing page.
 */
class ConsolidatedDashboardsBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void nationToRegionToIndicatorToCampusesToTheRowsOfOneCampus() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        logInAs("admin");
        ScopeDashboardPage nation = ScopeDashboardPage.fromLanding(browser());
        nation.expectHeading("Indicateurs des campus — France entière");
        nation.showYear(lastYear);
        assertThat(nation.codes()).contains("STEERING_MEETINGS", "STEERING_PARTICIPATION");
        assertThat(nation.dataTable("STEERING_MEETINGS")).hasSize(4);
        assertThat(nation.chartDescription("STEERING_PARTICIPATION")).contains("moyenne des campus");
        nation.assertAccessible();
        assertThat(nation.freshness()).startsWith("Chiffres consolidés le ");
        nation = nation.refreshFigures();
        nation.expectHeading("Indicateurs des campus — France entière");
        nation.assertAccessible();
        nation.showYear(lastYear);

        ScopeDashboardPage region = nation.openChild("Hauts-de-France");
        region.expectHeading("Indicateurs des campus de la région Hauts-de-France");
        assertThat(Integer.parseInt(region.value("STEERING_MEETINGS").replace("\u202F", ""))).isPositive();
        assertThat(region.nation("STEERING_MEETINGS")).isNotBlank();
        assertThat(region.value("STEERING_PARTICIPATION")).endsWith("%");
        region.assertAccessible();
        region.showTheme("GOVERNANCE");
        assertThat(region.codes()).contains("STEERING_MEETINGS").doesNotContain("TRAININGS", "CONTESTS");

        ScopeCampusesPage campuses = region.campuses("STEERING_PARTICIPATION");
        assertThat(campuses.scopeValue()).endsWith("%");
        campuses.assertAccessible();
        campuses.sortBy("valeur-decroissante");
        assertThat(campuses.values().get(0)).endsWith("%");
        assertThat(campuses.campusNames()).isNotEmpty();

        var drill = campuses.drillDownFirst();
        drill.expectSubheading("Taux de participation des membres au COPIL — " + lastYear);
        assertThat(drill.value()).endsWith("%");
        drill.assertAccessible();
    }

    @Test
    void theRegionalCoordinatorReachesTheirRegionAndItsAcademies() {
        logInAs("coordination");
        ScopeDashboardPage region = ScopeDashboardPage.fromLanding(browser());
        region.expectHeading("Indicateurs des campus de la région Hauts-de-France");
        region.assertAccessible();
        ScopeDashboardPage lille = region.openChild("Académie de Lille");
        lille.expectHeading("Indicateurs des campus de l’académie de Lille");
        lille.assertAccessible();
    }
}
