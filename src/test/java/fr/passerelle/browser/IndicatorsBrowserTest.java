package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.BodiesPage;
import fr.passerelle.browser.pages.IndicatorsPage;
import fr.passerelle.identity.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director opens the campus's indicators, chooses a year and follows a value to the rows it counts. */
class IndicatorsBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

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
