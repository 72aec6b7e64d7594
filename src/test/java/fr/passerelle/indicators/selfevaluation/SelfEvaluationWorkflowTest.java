package fr.passerelle.indicators.selfevaluation;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workflow of a self-evaluation on the real database: the director drafts and submits, the academic referent sends
 * back and forwards, the regional coordinator validates, the national administration reads; each act audited, kept in
 * the history and told to the next actor; and every refusal — other campus, other académie, other région, expert,
 * wrong state, after the deadline.
 */
@PasserelleIntegrationTest
class SelfEvaluationWorkflowTest {

    @Autowired
    SelfEvaluations selfEvaluations;
    @Autowired
    SelfEvaluationService service;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    UUID campus() {
        return actor("direction").campusId();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long version(int year) {
        return selfEvaluations.version(campus(), year);
    }

    int openedCampaign() {
        int year = SelfEvaluationFixtures.freshYear();
        int count = selfEvaluations.openCampaign(actor("admin"), year, SelfEvaluationFixtures.deadlinesFrom(today(), 10, 20, 30));
        assertThat(count).isGreaterThan(1);
        return year;
    }

    @Test
    void theChainRunsFromTheDirectorsDraftToTheNationalReadingEachStepAuditedAndToldToTheNextActor() throws Exception {
        int year = openedCampaign();
        UUID campus = campus();

        // A theme left blank, then written: the draft is saved each time.
        selfEvaluations.draft(actor("direction"), campus, year, version(year), SelfEvaluationFixtures.blank(Theme.PATHWAYS));
        assertThat(service.view(actor("direction"), campus, year).themes().get(Theme.PATHWAYS.ordinal()).rating()).isNull();
        // A theme without its rating: the draft is kept, the submission refused.
        selfEvaluations.draft(actor("direction"), campus, year, version(year), SelfEvaluationFixtures.written(Theme.INNOVATION));
        assertThatThrownBy(() -> selfEvaluations.submit(actor("direction"), campus, year, version(year)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Sans note : Innovation.");

        selfEvaluations.draft(actor("direction"), campus, year, version(year), SelfEvaluationFixtures.written());
        selfEvaluations.submit(actor("direction"), campus, year, version(year));
        assertThat(service.find(campus, year).status()).isEqualTo(SelfEvaluationStatus.AT_ACADEMY);
        mvc.perform(get("/gestion/notifications").with(as(users, "referent")))
                .andExpect(content().string(containsString("Auto-évaluation " + year + " à examiner")));

        // Sent back without saying why: refused; with a comment: back in the director's hands.
        assertThatThrownBy(() -> selfEvaluations.sendBack(actor("referent"), campus, year, version(year), "  "))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("commentaire est obligatoire");
        selfEvaluations.sendBack(actor("referent"), campus, year, version(year), "Précisez les actions de mobilité.");
        assertThat(service.find(campus, year).status()).isEqualTo(SelfEvaluationStatus.RETURNED);
        mvc.perform(get("/gestion/notifications").with(as(users, "direction")))
                .andExpect(content().string(containsString("Auto-évaluation " + year + " renvoyée")));

        selfEvaluations.submit(actor("direction"), campus, year, version(year));
        selfEvaluations.forward(actor("referent"), campus, year, version(year), "Bon travail.");
        assertThat(service.find(campus, year).status()).isEqualTo(SelfEvaluationStatus.AT_REGION);
        mvc.perform(get("/gestion/notifications").with(as(users, "coordination")))
                .andExpect(content().string(containsString("Auto-évaluation " + year + " à faire valider")));

        // The committee cannot have met in the future.
        assertThatThrownBy(() -> selfEvaluations.validate(actor("coordination"), campus, year, version(year), today().plusDays(1), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("futur");
        selfEvaluations.validate(actor("coordination"), campus, year, version(year), today(), "Validée en CSR.");
        assertThat(service.find(campus, year).status()).isEqualTo(SelfEvaluationStatus.VALIDATED);
        mvc.perform(get("/gestion/notifications").with(as(users, "admin")))
                .andExpect(content().string(containsString("Auto-évaluation " + year + " validée à lire")));

        // Validated: read-only for all, even its director; the national administration marks it read.
        assertThatThrownBy(() -> selfEvaluations.draft(actor("direction"), campus, year, version(year), SelfEvaluationFixtures.written()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut plus être modifiée");
        selfEvaluations.markRead(actor("admin"), campus, year, version(year));
        assertThat(service.find(campus, year).readNationallyAt()).isNotNull();

        assertThat(service.view(actor("admin"), campus, year).steps()).extracting(SelfEvaluationView.StepView::act).containsExactly(
                SelfEvaluation.Act.DRAFTED, SelfEvaluation.Act.DRAFTED, SelfEvaluation.Act.DRAFTED, SelfEvaluation.Act.SUBMITTED, SelfEvaluation.Act.SENT_BACK_BY_ACADEMY,
                SelfEvaluation.Act.SUBMITTED, SelfEvaluation.Act.FORWARDED, SelfEvaluation.Act.VALIDATED, SelfEvaluation.Act.READ_NATIONALLY);
        assertThat(audit.history("campus", campus)).extracting(AuditTrail.Entry::summary).contains(
                "Auto-évaluation " + year + " déposée", "Auto-évaluation " + year + " renvoyée à la direction",
                "Auto-évaluation " + year + " transmise à la région", "Auto-évaluation " + year + " validée par le comité stratégique régional",
                "Auto-évaluation " + year + " lue par l’administration nationale");
    }

    @Test
    void actorsOutsideTheCampusScopeOrRoleAreRefusedEachAct() {
        int year = openedCampaign();
        UUID campus = campus();
        UUID otherCampus = registry.all().stream().filter(c -> !c.id().equals(campus)).findFirst().orElseThrow().id();
        Actor otherDirector = TestActors.directorOf(otherCampus);
        Actor otherReferent = TestActors.referentOf("04");
        Actor otherCoordinator = TestActors.coordinatorOf("84");

        assertThatThrownBy(() -> selfEvaluations.draft(otherDirector, campus, year, version(year), SelfEvaluationFixtures.written()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.draft(actor("expert"), campus, year, version(year), SelfEvaluationFixtures.written()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.draft(actor("admin"), campus, year, version(year), SelfEvaluationFixtures.written()))
                .isInstanceOf(AccessDeniedException.class);
        selfEvaluations.draft(actor("direction"), campus, year, version(year), SelfEvaluationFixtures.written());
        assertThatThrownBy(() -> selfEvaluations.submit(otherDirector, campus, year, version(year))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.submit(actor("coordination"), campus, year, version(year))).isInstanceOf(AccessDeniedException.class);

        // Wrong state: nothing to review or validate before it is submitted.
        assertThatThrownBy(() -> selfEvaluations.forward(actor("referent"), campus, year, version(year), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut pas être transmise");
        selfEvaluations.submit(actor("direction"), campus, year, version(year));
        assertThatThrownBy(() -> selfEvaluations.submit(actor("direction"), campus, year, version(year)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut plus être déposée");

        assertThatThrownBy(() -> selfEvaluations.forward(otherReferent, campus, year, version(year), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.forward(actor("expert"), campus, year, version(year), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.forward(actor("direction"), campus, year, version(year), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.sendBack(otherReferent, campus, year, version(year), "Non.")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.validate(actor("coordination"), campus, year, version(year), null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut pas être validée");
        selfEvaluations.forward(actor("referent"), campus, year, version(year), null);

        assertThatThrownBy(() -> selfEvaluations.validate(otherCoordinator, campus, year, version(year), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.validate(actor("conseil-regional"), campus, year, version(year), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.validate(actor("expert"), campus, year, version(year), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.sendBack(otherCoordinator, campus, year, version(year), "Non.")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.markRead(actor("admin"), campus, year, version(year)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut pas être marquée comme lue");
        assertThatThrownBy(() -> selfEvaluations.openCampaign(actor("coordination"), SelfEvaluationFixtures.freshYear(),
                SelfEvaluationFixtures.deadlinesFrom(today(), 1, 2, 3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluations.closeCampaign(actor("referent"), year)).isInstanceOf(AccessDeniedException.class);

        // A stale version is refused, whoever acts.
        long stale = version(year) - 1;
        assertThatThrownBy(() -> selfEvaluations.validate(actor("coordination"), campus, year, stale, null, null))
                .isInstanceOf(fr.passerelle.platform.ConcurrentEditException.class);

        // Once the campaign is closed, nothing more happens.
        selfEvaluations.closeCampaign(actor("admin"), year);
        assertThatThrownBy(() -> selfEvaluations.validate(actor("coordination"), campus, year, version(year), null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("est close");
    }

    @Test
    void submissionAfterTheDeadlineIsRefusedUnlessTheAdministrationExtendsItForTheCampus() {
        int year = SelfEvaluationFixtures.freshYear();
        // A campaign opened forty days ago whose submission deadline passed ten days ago.
        Clock fortyDaysAgo = Clock.fixed(today().minusDays(40).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
        selfEvaluations.replayedAt(fortyDaysAgo, () -> selfEvaluations.openCampaign(actor("admin"), year,
                SelfEvaluationFixtures.deadlinesFrom(today(), -10, 5, 15)));
        UUID campus = campus();
        selfEvaluations.draft(actor("direction"), campus, year, version(year), SelfEvaluationFixtures.written());
        assertThatThrownBy(() -> selfEvaluations.submit(actor("direction"), campus, year, version(year)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("La date limite de dépôt était le");

        assertThatThrownBy(() -> service.extendForCampus(actor("coordination"), campus, year, version(year), Stage.SUBMISSION, today().plusDays(3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.extendForCampus(actor("admin"), campus, year, version(year), Stage.SUBMISSION, today().minusDays(20)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("repousse la date limite");
        service.extendForCampus(actor("admin"), campus, year, version(year), Stage.SUBMISSION, today().plusDays(3));
        selfEvaluations.submit(actor("direction"), campus, year, version(year));
        assertThat(service.find(campus, year).status()).isEqualTo(SelfEvaluationStatus.AT_ACADEMY);
        assertThat(audit.history("campus", campus)).extracting(AuditTrail.Entry::summary)
                .contains("Auto-évaluation " + year + " : « Dépôt par la direction opérationnelle » prolongée au "
                        + SelfEvaluationView.DAY.format(today().plusDays(3)) + " pour ce campus");

        // The other campuses of the campaign still see the passed deadline: overdue on the campaign's list.
        var page = new SelfEvaluationQueries(jdbc).page(actor("admin"), year, new SelfEvaluationQueries.Filter(SelfEvaluationStatus.DRAFT, null, null, 1), today());
        assertThat(page.rows()).isNotEmpty().allMatch(SelfEvaluationQueries.Row::overdue);
    }

    @Test
    void aCampaignOpensOncePerYearWithOrderedDeadlinesAndItsWholeDeadlineCanBeExtended() {
        int year = openedCampaign();
        assertThatThrownBy(() -> selfEvaluations.openCampaign(actor("admin"), year, SelfEvaluationFixtures.deadlinesFrom(today(), 10, 20, 30)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("déjà ouverte");
        assertThatThrownBy(() -> selfEvaluations.openCampaign(actor("admin"), SelfEvaluationFixtures.freshYear(),
                SelfEvaluationFixtures.deadlinesFrom(today(), 10, 5, 30))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("avant la date limite de dépôt");
        var campaign = service.findCampaign(year);
        service.extendCampaign(actor("admin"), year, campaign.version(), Stage.SUBMISSION, today().plusDays(25));
        campaign = service.findCampaign(year);
        assertThat(campaign.submissionDue()).isEqualTo(today().plusDays(25));
        assertThat(campaign.reviewDue()).isEqualTo(today().plusDays(25));
        assertThat(campaign.validationDue()).isEqualTo(today().plusDays(30));
        assertThat(service.addNewlyLabelled(actor("admin"), year)).isZero();
    }
}
