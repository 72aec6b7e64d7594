package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** After the label: the progress report at mid-term, reviewed like a dossier, and the reminders before expiry. */
@PasserelleIntegrationTest
class LabelAftercareTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Calls calls;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    java.time.Clock clock;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    LabelAftercare aftercare;
    @Autowired
    ProgressReports progressReports;
    @Autowired
    JdbcClient jdbc;

    LabellingFixtures fixtures() {
        return new LabellingFixtures(calls, applications, drafts, queries, reviews, accounts);
    }

    List<ApplicationView> reportsOf(UUID granted) {
        return queries.visibleTo(fixtures().actor("admin")).stream()
                .filter(a -> a.progressReport() && granted.equals(a.previousId())).toList();
    }

    @Test
    void theProgressReportOpensOnceAtMidTermEvenWhenTwoNodesRunTheJobAndIsReviewedWithNavettes() throws Exception {
        var fixtures = fixtures();
        LocalDate today = LocalDate.now(clock);
        ApplicationView granted = fixtures.granted("Campus à mi-parcours " + UUID.randomUUID().toString().substring(0, 6), today.minusYears(2).minusDays(1));
        ApplicationView recent = fixtures.granted("Campus récent " + UUID.randomUUID().toString().substring(0, 6), today.minusMonths(6));

        // Two nodes run the morning job at the same time: one report only.
        var start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> { await(start); return progressReports.openScheduled(granted.id(), ReportPurpose.MID_TERM, today.plusMonths(3)); });
        var second = CompletableFuture.supplyAsync(() -> { await(start); return progressReports.openScheduled(granted.id(), ReportPurpose.MID_TERM, today.plusMonths(3)); });
        start.countDown();
        assertThat(List.of(first.join(), second.join())).filteredOn(java.util.Optional::isPresent).hasSize(1);
        assertThat(aftercare.openDueReports(today)).isZero();
        assertThat(reportsOf(granted.id())).hasSize(1);
        assertThat(reportsOf(recent.id())).isEmpty();

        ApplicationView report = reportsOf(granted.id()).get(0);
        assertThat(report.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(queries.section(report.id(), Criterion.PERIMETER).text()).startsWith("Données du campus à la mi-parcours :");
        mvc.perform(get("/gestion/notifications").with(as(users, "referent"))).andExpect(content().string(containsString("Rapport d’étape à rédiger")));
        mvc.perform(get("/gestion/labellisation/dossiers/" + report.id()).with(as(users, "referent")))
                .andExpect(content().string(containsString("Rapport à déposer au plus tard le "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.plusMonths(3)))));

        // Two weeks before it is due, its promoters are reminded, once.
        // (Other labels' reports may be due too: the assertions read this report's reminder only.)
        aftercare.remindReportsDue(today);
        assertThat(remindedAt(report.id())).isNull();
        aftercare.remindReportsDue(today.plusMonths(3).minusDays(10));
        var reminded = remindedAt(report.id());
        assertThat(reminded).isNotNull();
        aftercare.remindReportsDue(today.plusMonths(3).minusDays(9));
        assertThat(remindedAt(report.id())).isEqualTo(reminded);
        mvc.perform(get("/gestion/notifications").with(as(users, "referent"))).andExpect(content().string(containsString("Rapport d’étape attendu le ")));

        // Written and submitted, it goes straight to the experts; no regional opinion, no CNEE; the synthesis closes it.
        fixtures.write(report, "referent");
        applications.submit(fixtures.actor("referent"), report.id(), fixtures.version(report.id()), null);
        assertThat(queries.byId(report.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
        assertThatThrownBy(() -> applications.recordOpinion(fixtures.actor("coordination"), report.id(), fixtures.version(report.id()),
                OpinionBody.CAEN, Verdict.FAVOURABLE, today, "Favorable.", null, null)).hasMessageContaining("ne passe pas devant le CAEN");
        fixtures.reviewed(report.id());
        applications.requestChanges(fixtures.actor("admin"), report.id(), fixtures.version(report.id()), "Chiffrez les effectifs formés.");
        applications.submit(fixtures.actor("referent"), report.id(), fixtures.version(report.id()), "Effectifs ajoutés.");
        fixtures.reviewed(report.id());
        applications.recordOpinion(fixtures.actor("admin"), report.id(), fixtures.version(report.id()), OpinionBody.EXPERT_GROUP, Verdict.RESERVED,
                today, "Progrès réels, international à renforcer.", null, null);
        assertThat(queries.byId(report.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(queries.versions(report.id())).hasSize(2);
    }

    @Test
    void promotersAreRemindedOnceBeforeTheLabelExpiresAndTheLabelIsListed() throws Exception {
        var fixtures = fixtures();
        LocalDate today = LocalDate.now(clock);
        String name = "Campus en fin de label " + UUID.randomUUID().toString().substring(0, 6);
        ApplicationView granted = fixtures.granted(name, today.minusYears(4).plusMonths(5));
        UUID campus = granted.campusId();

        aftercare.remindExpiring(today);
        aftercare.remindExpiring(today);
        assertThat(jdbc.sql("select months_before from label_reminder where campus_id = ?").param(campus).query(Integer.class).list())
                .containsExactly(6);
        mvc.perform(get("/gestion/notifications").with(as(users, "coordination")))
                .andExpect(content().string(containsString("Le label de " + name + " expire le ")));

        mvc.perform(get("/gestion/labellisation/echeances").with(as(users, "coordination"))).andExpect(content().string(containsString(name)));
        mvc.perform(get("/gestion/labellisation/echeances").with(as(users, "partenaire"))).andExpect(content().string(not(containsString(name))));
    }

    private java.sql.Timestamp remindedAt(UUID report) {
        List<java.sql.Timestamp> at = jdbc.sql("select due_reminded_at from application where id = ?").param(report).query(java.sql.Timestamp.class).list();
        return at.get(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
