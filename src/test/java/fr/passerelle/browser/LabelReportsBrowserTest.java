package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.LabelReportsPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The progress reports of the demo label at mid-term (Hauts-de-France): the regional coordination lists them, asks for
 * a stage report (first due in the past: refused, what was typed kept), then reads the mid-term report's annex
 * « Indicateurs et auto-évaluation » and refreshes it. Every page checked by axe-core.
 */
class LabelReportsBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theCoordinationAsksForAStageReportAndReadsTheMidTermReportWithItsAnnex() {
        UUID label = jdbc.sql("select application_id from label_decision where outcome = 'GRANTED' and reference like 'CMQ-%-014'")
                .query(UUID.class).single();
        LocalDate today = LocalDate.now(clock);

        logInAs("coordination");
        var reports = LabelReportsPage.of(browser(), label);
        assertThat(reports.heading()).startsWith("Rapports d’étape du label");
        assertThat(reports.rows()).anyMatch(r -> r.contains("Rapport à mi-parcours")).anyMatch(r -> r.contains("Point d’étape"));
        reports.assertAccessible();

        reports.askForStage("Point sur les effectifs formés", today.minusDays(1));
        reports.expectFieldError("dueOn", "postérieure à aujourd’hui");
        assertThat(reports.valueOf("subject")).isEqualTo("Point sur les effectifs formés");
        reports.assertAccessible();
        reports.askForStage("Point sur les effectifs formés", today.plusMonths(1));
        reports.expectSuccess("Le point d’étape est ouvert");
        assertThat(reports.purpose()).contains("Point sur les effectifs formés");
        assertThat(reports.hasAnnex()).isFalse();
        reports.assertAccessible();

        reports = LabelReportsPage.of(browser(), label);
        assertThat(reports.rows()).anyMatch(r -> r.contains("Point sur les effectifs formés"));
        reports.openReport("Rapport à mi-parcours");
        assertThat(reports.hasAnnex()).isTrue();
        assertThat(reports.annexDate()).startsWith("Données arrêtées le");
        assertThat(reports.annexTheme("GOVERNANCE")).contains("Gouvernance du CMQ").contains("Utilisation des réseaux sociaux");
        reports.assertAccessible();
        reports.refreshAnnex();
        reports.expectSuccess("L’annexe est actualisée");
        reports.assertAccessible();
    }
}
