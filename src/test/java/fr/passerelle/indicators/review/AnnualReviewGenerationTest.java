package fr.passerelle.indicators.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generated part of an annual review against a campus whose action plan and budget are counted by hand: six actions of
 * the year (one done, one in progress, one planned, three abandoned for two causes), one of the year before and one of
 * the year after, learners of two audiences, partners, funding, and a budget of four lines.
 */
@PasserelleIntegrationTest
class AnnualReviewGenerationTest {

    @Autowired
    ReviewGenerator generator;
    @Autowired
    CampusRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReviewCountsTheActionsOfTheYearByStatusCauseAndAudienceWithTheBudgetAndTheIndicatorsAgainstTheYearBefore() {
        var f = AnnualReviewFixtures.newCampus(jdbc, registry);
        int year = 2023;
        UUID lycee = f.organisation("Lycée Alpha");
        UUID company = f.organisation("Entreprise Bêta");
        UUID fair = f.action(year, "FAIR", "Forum des métiers", "DONE", null, LocalDate.of(year, 3, 15), LocalDate.of(year, 3, 16), 12, "3500", "REGION");
        f.partner(fair, lycee);
        f.partner(fair, company);
        f.learners(fair, "LYCEE", 40, 35, 5);
        f.learners(fair, "COLLEGE", 20, 10, 0);
        UUID visit = f.action(year, "COMPANY_VISIT", "Visites d’entreprises", "IN_PROGRESS", null, LocalDate.of(year, 5, 2), null, 3, "900", null);
        f.partner(visit, company);
        f.learners(visit, "LYCEE", 10, 10, 0);
        f.learners(visit, "APPRENTICES", 0, 0, 0);
        f.action(year, "CONTEST", "Concours d’innovation", "ABANDONED", "Partenaire industriel retiré", null, null, 0, null, null);
        f.action(year, "TEACHING_KIT", "Kit pédagogique", "ABANDONED", "Partenaire industriel retiré", null, null, 0, null, null);
        f.action(year, "MOBILITY", "Stages Erasmus+", "ABANDONED", "Crise sanitaire", null, null, 1, null, null);
        f.action(year, "EVENT", "Salon régional", "PLANNED", null, LocalDate.of(year, 11, 20), null, 0, null, null);
        UUID before = f.action(year - 1, "FAIR", "Forum de l’an passé", "DONE", null, LocalDate.of(year - 1, 3, 10), null, 5, "3000", null);
        f.partner(before, lycee);
        f.learners(before, "LYCEE", 500, 500, 0);
        f.action(year + 1, "FAIR", "Forum de l’an prochain", "PLANNED", null, null, null, 0, null, null);
        UUID budget = f.budget(year);
        f.budgetLine(budget, "EXPENSE", "ACTIONS", "Forums et visites", "5000", "4400");
        f.budgetLine(budget, "EXPENSE", "STAFF", "Direction opérationnelle", "20000", null);
        f.budgetLine(budget, "RESOURCE", "REGION", "Subvention régionale", "15000", "15000");
        f.budgetLine(budget, "RESOURCE", "COMPANIES", "Mécénat", "10000", "2000");

        ReviewContent content = generator.generate(f.campus, year, Instant.parse("2024-01-15T09:00:00Z"));

        // The actions of the year only, by type in the plan's order, each with its status, dates, partners, learners, funding.
        assertThat(content.actions()).extracting(ReviewContent.ActionLine::title).containsExactly("Forum des métiers", "Visites d’entreprises",
                "Kit pédagogique", "Concours d’innovation", "Stages Erasmus+", "Salon régional");
        assertThat(content.actionsByType().keySet()).containsExactly("Salon ou forum des métiers et de l’orientation", "Visite d’entreprise",
                "Kit pédagogique ou outil numérique", "Concours", "Mobilité, Erasmus+", "Participation à un événement");
        var forum = content.actions().get(0);
        assertThat(forum.statusLabel()).isEqualTo("Réalisée");
        assertThat(forum.datesText()).isEqualTo("du 15/03/2023 au 16/03/2023");
        assertThat(forum.partners()).containsExactly("Entreprise Bêta", "Lycée Alpha");
        assertThat(forum.learnersTotal()).isEqualTo(110);
        assertThat(forum.learnersText()).isEqualTo("110 (Collégiens : 30, Lycéens : 80)");
        assertThat(forum.fundingText()).isEqualTo("3 500 €, Région");
        var contest = content.actions().get(3);
        assertThat(contest.abandoned()).isTrue();
        assertThat(contest.abandonCause()).isEqualTo("Partenaire industriel retiré");
        assertThat(content.actions().get(1).learnersText()).isEqualTo("20 (Lycéens : 20)");

        // The totals.
        var t = content.totals();
        assertThat(t.actions()).isEqualTo(6);
        assertThat(t.done()).isEqualTo(1);
        assertThat(t.inProgress()).isEqualTo(1);
        assertThat(t.planned()).isEqualTo(1);
        assertThat(t.abandoned()).isEqualTo(3);
        assertThat(t.abandonedByCause()).containsExactly(new ReviewContent.Count("Partenaire industriel retiré", 2),
                new ReviewContent.Count("Crise sanitaire", 1));
        assertThat(t.learners()).isEqualTo(130);
        assertThat(t.learnersByAudience()).containsExactly(new ReviewContent.Count("Collégiens", 30), new ReviewContent.Count("Lycéens", 100));
        assertThat(t.teachers()).isEqualTo(16);
        assertThat(t.cost()).isEqualByComparingTo("4400");

        // The budget, planned and executed.
        var b = content.budget();
        assertThat(b.expenses()).extracting(ReviewContent.BudgetLine::category).containsExactly("Actions et événements", "Personnel");
        assertThat(b.resources()).extracting(ReviewContent.BudgetLine::category).containsExactly("Entreprises", "Région");
        assertThat(b.plannedExpenses()).isEqualByComparingTo("25000");
        assertThat(b.actualExpenses()).isEqualByComparingTo("4400");
        assertThat(b.actualResources()).isEqualByComparingTo("17000");
        assertThat(b.executionRateText()).isEqualTo("18 %");
        assertThat(generator.generate(f.campus, year - 1, Instant.parse("2024-01-15T09:00:00Z")).budget()).isNull();

        // The indicators of the year against the year before: partner actions 2 (the forum, the visits) against 1.
        var partnerActions = content.indicators().stream().filter(l -> l.code().equals("PARTNER_ACTIONS")).findFirst().orElseThrow();
        assertThat(partnerActions.current()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(partnerActions.previous()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(partnerActions.trend(true)).isEqualTo("en hausse");
        var notCompleted = content.indicators().stream().filter(l -> l.code().equals("ACTIONS_NOT_COMPLETED")).findFirst().orElseThrow();
        assertThat(notCompleted.currentText(true)).isEqualTo("3");
        assertThat(content.generatedAt()).isEqualTo(Instant.parse("2024-01-15T09:00:00Z"));
    }
}
