package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ExternalEvaluationPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The external evaluation of an Excellence label (demo data of Auvergne-Rhône-Alpes): the national administration moves
 * its date, first past the label's end (refused, what was typed kept), then before it; the evaluator files the report,
 * first without its file; the campus's territory reads the conclusion. Every page checked by axe-core.
 */
class ExternalEvaluationBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theAdministrationReschedulesTheEvaluatorReportsAndTheTerritoryReadsTheConclusion() {
        record Scheduled(UUID id, String evaluator, LocalDate labelEnd, String campusId) {
        }
        Scheduled scheduled = jdbc.sql("""
                        select e.id, a.username, e.label_valid_until, e.campus_id::text from external_evaluation e join account a on a.id = e.evaluator_id
                         where e.status = 'SCHEDULED' order by e.due_on limit 1""")
                .query((rs, n) -> new Scheduled(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4))).single();

        logInAs("admin");
        var list = ExternalEvaluationPage.list(browser());
        list.expectHeading("Évaluations externes des labels Excellence");
        assertThat(list.rows()).anyMatch(r -> r.contains("Rapport rendu")).anyMatch(r -> r.contains("Programmée"));
        list.assertAccessible();

        var page = ExternalEvaluationPage.open(browser(), scheduled.id());
        assertThat(page.status()).isEqualTo("Programmée");
        page.assertAccessible();
        page.edit().dueOn(scheduled.labelEnd().plusDays(1)).savePlan();
        page.expectFieldError("dueOn", "avant la fin du label");
        assertThat(page.valueOf("dueOn")).isEqualTo(scheduled.labelEnd().plusDays(1).toString());
        page.assertAccessible();
        LocalDate newDue = LocalDate.now(clock).plusMonths(2);
        page.dueOn(newDue).savePlan();
        page.expectSuccess("L'évaluation externe est modifiée.");
        browser().logOut();

        logInAs(scheduled.evaluator());
        page = ExternalEvaluationPage.open(browser(), scheduled.id());
        page.report(null, "FAVOURABLE", "Les exigences de la catégorie Excellence sont tenues.");
        page.expectFieldError("fichier", "Joignez le rapport");
        assertThat(page.valueOf("summary")).isEqualTo("Les exigences de la catégorie Excellence sont tenues.");
        page.assertAccessible();
        page.report(Uploads.pdf("rapport-evaluation"), "FAVOURABLE", "Les exigences de la catégorie Excellence sont tenues.");
        page.expectSuccess("Le rapport d'évaluation est déposé");
        assertThat(page.status()).isEqualTo("Rapport rendu");
        assertThat(page.conclusion()).isEqualTo("Favorable au maintien du label");
        page.assertAccessible();
        browser().logOut();

        logInAs("admin");
        page = ExternalEvaluationPage.open(browser(), scheduled.id());
        assertThat(page.conclusion()).isEqualTo("Favorable au maintien du label");
    }
}
