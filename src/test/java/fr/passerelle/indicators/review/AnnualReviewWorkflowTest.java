package fr.passerelle.indicators.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.AnnualReviews;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The workflow of an annual review on the real database, on a campus of its own: the director comments and submits, the
 * figures freeze at submission, the academic referent sends it back (figures live again) and acknowledges the
 * resubmission; each act audited and kept in the history; and every refusal — another campus's director, another
 * académie's referent, an expert, a co-pilot who reads but does not write, the wrong state, a stale version.
 */
@PasserelleIntegrationTest
class AnnualReviewWorkflowTest {

    @Autowired
    AnnualReviews reviews;
    @Autowired
    AnnualReviewService service;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    static Map<String, String> overall(String text) {
        return Map.of(AnnualReviews.Section.OVERALL.name(), text);
    }

    @Test
    void theDirectorSubmitsTheFiguresFreezeTheReferentSendsItBackAndAcknowledgesTheResubmissionEachStepAudited() {
        var f = AnnualReviewFixtures.newCampus(jdbc, registry);
        UUID campus = f.campus;
        int year = AnnualReviewFixtures.freshYear();
        Actor director = TestActors.directorOf(campus);
        Actor referent = TestActors.referentOf("09");
        UUID first = f.action(year, "FAIR", "Forum des métiers", "DONE", null, LocalDate.of(year, 3, 1), null, 2, "1000", null);

        // Not begun: the figures are generated, nothing can be submitted yet.
        var view = service.view(director, campus, year);
        assertThat(view.status()).isEqualTo(AnnualReviewStatus.NOT_BEGUN);
        assertThat(view.version()).isEqualTo(-1);
        assertThat(view.content().totals().actions()).isEqualTo(1);
        assertThatThrownBy(() -> reviews.submit(director, campus, year, -1)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("n’est pas commencé");

        // A section commented without the overall commentary: saved, but not submittable.
        reviews.draft(director, campus, year, -1, Map.of(AnnualReviews.Section.BUDGET.name(), "Budget tenu.",
                AnnualReviews.actionSection(first), "Forum très fréquenté."));
        assertThat(service.view(director, campus, year).actionText(first)).isEqualTo("Forum très fréquenté.");
        assertThatThrownBy(() -> reviews.submit(director, campus, year, reviews.version(campus, year))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("commentaire d’ensemble");
        // A commentary on an action of another campus's plan or another year is refused.
        assertThatThrownBy(() -> reviews.draft(director, campus, year, reviews.version(campus, year),
                Map.of(AnnualReviews.actionSection(UUID.randomUUID()), "?"))).isInstanceOf(BusinessRuleException.class);
        reviews.draft(director, campus, year, reviews.version(campus, year), Map.of(AnnualReviews.Section.OVERALL.name(), "Une bonne année.",
                AnnualReviews.Section.BUDGET.name(), "Budget tenu."));
        assertThat(service.view(director, campus, year).actionText(first)).isNull();
        reviews.submit(director, campus, year, reviews.version(campus, year));

        // Submitted: frozen. An action added to the plan afterwards does not change what the referent reads.
        var submitted = service.view(referent, campus, year);
        assertThat(submitted.status()).isEqualTo(AnnualReviewStatus.SUBMITTED);
        assertThat(submitted.frozen()).isTrue();
        assertThat(submitted.may().acknowledge()).isTrue();
        assertThat(submitted.may().write()).isFalse();
        f.action(year, "CONTEST", "Concours tardif", "DONE", null, LocalDate.of(year, 6, 1), null, 0, null, null);
        assertThat(service.view(referent, campus, year).content().totals().actions()).isEqualTo(1);
        assertThat(service.view(referent, campus, year).content().generatedAt()).isEqualTo(submitted.content().generatedAt());
        assertThatThrownBy(() -> reviews.draft(director, campus, year, reviews.version(campus, year), overall("Changement")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut plus être modifié");
        assertThatThrownBy(() -> reviews.submit(director, campus, year, reviews.version(campus, year)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut plus être déposé");

        // Sent back without a reason: refused; with one: back to the director, the figures live again.
        assertThatThrownBy(() -> reviews.sendBack(referent, campus, year, reviews.version(campus, year), " "))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("motif est obligatoire");
        reviews.sendBack(referent, campus, year, reviews.version(campus, year), "Ajoutez le concours de juin.");
        var returned = service.view(director, campus, year);
        assertThat(returned.status()).isEqualTo(AnnualReviewStatus.RETURNED);
        assertThat(returned.frozen()).isFalse();
        assertThat(returned.content().totals().actions()).isEqualTo(2);

        reviews.draft(director, campus, year, reviews.version(campus, year), overall("Une bonne année, concours compris."));
        reviews.submit(director, campus, year, reviews.version(campus, year));
        assertThat(service.view(referent, campus, year).content().totals().actions()).isEqualTo(2);
        assertThatThrownBy(() -> reviews.acknowledge(referent, campus, year, reviews.version(campus, year), ""))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("commentaire");
        reviews.acknowledge(referent, campus, year, reviews.version(campus, year), "Bilan pris en compte.");
        var acknowledged = service.view(TestActors.nationalAdmin(), campus, year);
        assertThat(acknowledged.status()).isEqualTo(AnnualReviewStatus.ACKNOWLEDGED);
        assertThat(acknowledged.frozen()).isTrue();
        assertThat(acknowledged.may().write()).isFalse();
        assertThat(acknowledged.steps()).extracting(AnnualReviewView.StepView::act).containsExactly(AnnualReview.Act.DRAFTED, AnnualReview.Act.DRAFTED,
                AnnualReview.Act.SUBMITTED, AnnualReview.Act.SENT_BACK, AnnualReview.Act.DRAFTED, AnnualReview.Act.SUBMITTED, AnnualReview.Act.ACKNOWLEDGED);
        assertThat(audit.history("campus", campus)).extracting(AuditTrail.Entry::summary).contains(
                "Bilan annuel " + year + " : commentaire enregistré", "Bilan annuel " + year + " déposé",
                "Bilan annuel " + year + " renvoyé à la direction", "Bilan annuel " + year + " pris en compte par le référent académique");
        assertThat(jdbc.sql("select count(*) from annual_review_snapshot s join annual_review r on r.id = s.annual_review_id where r.campus_id = ?")
                .param(campus).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void actorsOutsideTheCampusScopeOrRoleAreRefusedEachAct() {
        var f = AnnualReviewFixtures.newCampus(jdbc, registry);
        UUID campus = f.campus;
        int year = AnnualReviewFixtures.freshYear();
        Actor otherDirector = TestActors.directorOf(registry.all().stream().filter(c -> !c.id().equals(campus)).findFirst().orElseThrow().id());
        Actor otherReferent = TestActors.referentOf("04");
        Actor referent = TestActors.referentOf("09");

        assertThatThrownBy(() -> service.view(otherDirector, campus, year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.view(actor("expert"), campus, year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.view(otherReferent, campus, year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.draft(otherDirector, campus, year, -1, overall("Non"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.draft(actor("expert"), campus, year, -1, overall("Non"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.draft(referent, campus, year, -1, overall("Non"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.draft(TestActors.coordinatorOf("32"), campus, year, -1, overall("Non"))).isInstanceOf(AccessDeniedException.class);
        // The national administration writes for the campus.
        reviews.draft(TestActors.nationalAdmin(), campus, year, -1, overall("Rédigé par l’administration nationale."));
        assertThatThrownBy(() -> reviews.submit(otherDirector, campus, year, reviews.version(campus, year))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.acknowledge(referent, campus, year, reviews.version(campus, year), "Trop tôt"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne peut pas être pris en compte");
        reviews.submit(TestActors.directorOf(campus), campus, year, reviews.version(campus, year));

        assertThatThrownBy(() -> reviews.acknowledge(otherReferent, campus, year, reviews.version(campus, year), "Non"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.sendBack(otherReferent, campus, year, reviews.version(campus, year), "Non"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.acknowledge(actor("expert"), campus, year, reviews.version(campus, year), "Non"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.acknowledge(TestActors.directorOf(campus), campus, year, reviews.version(campus, year), "Non"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.acknowledge(TestActors.nationalAdmin(), campus, year, reviews.version(campus, year), "Non"))
                .isInstanceOf(AccessDeniedException.class);
        // A stale version is refused, whoever acts.
        long stale = reviews.version(campus, year) - 1;
        assertThatThrownBy(() -> reviews.acknowledge(referent, campus, year, stale, "Vu")).isInstanceOf(ConcurrentEditException.class);
        reviews.acknowledge(referent, campus, year, reviews.version(campus, year), "Vu.");
        // A year to come has no review.
        assertThatThrownBy(() -> service.view(referent, campus, LocalDate.now(clock).getYear() + 1))
                .isInstanceOf(org.springframework.web.server.ResponseStatusException.class);
    }
}
