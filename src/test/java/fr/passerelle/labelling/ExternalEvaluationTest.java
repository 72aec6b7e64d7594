package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestFiles;
import fr.passerelle.TestSmtp;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.BusinessRuleException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The external evaluation of an Excellence label before it ends (source 000): the national administration schedules it
 * with an evaluator, the evaluator files the report and conclusion, the campus's territory reads it; the refusals of
 * every other actor; reminders once.
 */
@PasserelleIntegrationTest
class ExternalEvaluationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final String BASE = "/gestion/labellisation/evaluations-externes";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    ApplicationContext context;
    @Autowired
    CampusRegistry registry;
    @Autowired
    ExternalEvaluations evaluations;
    @Autowired
    ExternalEvaluationNotices notices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    LabellingFixtures fixtures() {
        return new LabellingFixtures(context.getBean(Calls.class), applications, drafts, queries, reviews, accounts);
    }

    Actor expert(String username) {
        return accounts.byUsername(username).orElseGet(() -> accounts.open(new NewAccount(username, username + "@demo.passerelle.test",
                "Évaluatrice " + username, "demo", Role.EXPERT, null, null, null, null)));
    }

    /**
     * A campus whose label, in the category given, started three years ago and ends within a year — set in the registry
     * after a decision of today, so that no other test's job finds a label at mid-term.
     */
    UUID labelledCampus(String name, LabelCategory category) {
        LocalDate today = LocalDate.now(clock);
        UUID campusId = fixtures().granted(name, today).campusId();
        registry.grantLabel(campusId, category, today.minusYears(3), today.plusYears(1));
        return campusId;
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getHeaders(m).contains(address)).toList();
    }

    String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theAdministrationSchedulesTheEvaluatorFilesTheReportAndTheTerritoryReadsIt() throws Exception {
        String name = unique("Campus Excellence");
        UUID campus = labelledCampus(name, LabelCategory.EXCELLENCE);
        Actor evaluator = expert("evaluatrice-a");
        expert("evaluatrice-b");
        LocalDate due = LocalDate.now(clock).plusMonths(6);

        // The administration sees the label among those to evaluate and schedules it.
        mvc.perform(get(BASE).with(as(users, "admin"))).andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get(BASE + "/nouvelle").param("campus", campus.toString()).with(as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(post(BASE).param("campusId", campus.toString()).param("evaluatorId", evaluator.accountId().toString())
                        .param("dueOn", due.toString()).param("scopeNote", "Ouverture internationale et recherche.").param("version", "0")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(flash().attribute("success", containsString("programmée")));
        UUID id = jdbc.sql("select id from external_evaluation where campus_id = ?").param(campus).query(UUID.class).single();
        assertThat(mailTo("evaluatrice-a@demo.passerelle.test")).extracting(MimeMessage::getSubject)
                .containsExactly("[Passerelle] Évaluation externe confiée : " + name);

        // Another expert neither reads it nor files its report; the appointed one does, after a mistake kept on the form.
        mvc.perform(get(BASE + "/" + id).with(as(users, "evaluatrice-b"))).andExpect(status().isForbidden());
        mvc.perform(multipart(BASE + "/" + id + "/rapport").file(new MockMultipartFile("fichier", "rapport.pdf", "application/pdf", TestFiles.pdf()))
                        .param("summary", "Bilan solide.").param("conclusion", "FAVOURABLE").param("version", "0")
                        .with(as(users, "evaluatrice-b")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE).with(as(users, "evaluatrice-b"))).andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));
        mvc.perform(get(BASE).with(as(users, "evaluatrice-a"))).andExpect(content().string(containsString(name)));
        mvc.perform(multipart(BASE + "/" + id + "/rapport").param("summary", "Synthèse gardée malgré l'oubli du fichier.")
                        .param("conclusion", "FAVOURABLE_WITH_RESERVATIONS").param("version", "0").with(as(users, "evaluatrice-a")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fichier-error\"")))
                .andExpect(content().string(containsString("Joignez le rapport d&#39;évaluation")))
                .andExpect(content().string(containsString("Synthèse gardée malgré l&#39;oubli du fichier.")));
        mvc.perform(multipart(BASE + "/" + id + "/rapport").file(new MockMultipartFile("fichier", "rapport.pdf", "application/pdf", TestFiles.pdf()))
                        .param("summary", "Rayonnement international réel ; recherche à structurer.")
                        .param("conclusion", "FAVOURABLE_WITH_RESERVATIONS").param("version", "0").with(as(users, "evaluatrice-a")).with(csrf()))
                .andExpect(flash().attribute("success", containsString("rapport d'évaluation est déposé")));

        // The campus's territory reads the conclusion and downloads the report; another région's coordinator does not.
        mvc.perform(get(BASE + "/" + id).with(as(users, "referent"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Favorable avec réserves")))
                .andExpect(content().string(not(containsString("id=\"report-form\""))));
        mvc.perform(get(BASE + "/" + id + "/rapport").with(as(users, "coordination"))).andExpect(status().isOk());
        Actor elsewhere = accounts.byUsername("coordination-ailleurs").orElseGet(() -> accounts.open(new NewAccount("coordination-ailleurs",
                "coordination-ailleurs@demo.passerelle.test", "Coordination d'ailleurs", "demo", Role.REGIONAL_COORDINATOR, "84", null, null, null)));
        assertThat(elsewhere.regionCode()).isNotEqualTo(registry.byId(campus).orElseThrow().regionCode());
        mvc.perform(get(BASE + "/" + id).with(as(users, "coordination-ailleurs"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/rapport").with(as(users, "coordination-ailleurs"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE).with(as(users, "coordination-ailleurs"))).andExpect(content().string(not(containsString(name))));
        mvc.perform(get(BASE).with(as(users, "partenaire"))).andExpect(status().isForbidden());

        // Once reported, it is closed: no second report, no rescheduling, no cancellation.
        Actor admin = fixtures().actor("admin");
        assertThatThrownBy(() -> evaluations.cancel(admin, id, evaluations.view(admin, id).version(), "Trop tard."))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne s'annule plus");
        mvc.perform(get(BASE + "/" + id).with(as(users, "admin"))).andExpect(content().string(containsString("Rapport d&#39;évaluation externe rendu")));
    }

    @Test
    void onlyACurrentExcellenceLabelIsScheduledOnceBeforeItEndsByTheAdministration() {
        Actor admin = fixtures().actor("admin");
        Actor evaluator = expert("evaluatrice-c");
        UUID standard = labelledCampus(unique("Campus standard"), LabelCategory.STANDARD);
        UUID excellence = labelledCampus(unique("Campus excellence"), LabelCategory.EXCELLENCE);
        LocalDate labelEnd = registry.byId(excellence).orElseThrow().labelValidUntil();
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> evaluations.schedule(admin, standard, new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(2), null)))
                .hasMessageContaining("de catégorie Standard");
        assertThatThrownBy(() -> evaluations.schedule(admin, excellence, new ExternalEvaluations.Plan(evaluator.accountId(), labelEnd.plusDays(1), null)))
                .hasMessageContaining("avant la fin du label");
        assertThatThrownBy(() -> evaluations.schedule(admin, excellence, new ExternalEvaluations.Plan(evaluator.accountId(), today.minusDays(1), null)))
                .hasMessageContaining("La date est passée");
        assertThatThrownBy(() -> evaluations.schedule(admin, excellence, new ExternalEvaluations.Plan(admin.accountId(), today.plusMonths(2), null)))
                .hasMessageContaining("compte d'expert");
        assertThatThrownBy(() -> evaluations.schedule(fixtures().actor("coordination"), excellence,
                new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(2), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        UUID id = evaluations.schedule(admin, excellence, new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(2), null));
        assertThatThrownBy(() -> evaluations.schedule(admin, excellence, new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(3), null)))
                .hasMessageContaining("déjà programmée");

        // A change made on a stale page is refused; a cancellation needs its reason, and then another may be scheduled.
        evaluations.reschedule(admin, id, 0, new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(4), "Date décalée."));
        assertThatThrownBy(() -> evaluations.reschedule(admin, id, 0, new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(5), null)))
                .hasMessageContaining("modifiée pendant votre saisie");
        long version = evaluations.view(admin, id).version();
        assertThatThrownBy(() -> evaluations.cancel(admin, id, version, " ")).hasMessageContaining("motif");
        evaluations.cancel(admin, id, version, "Le campus dépose un dossier de renouvellement anticipé.");
        assertThat(evaluations.view(admin, id).status()).isEqualTo(ExternalEvaluation.Status.CANCELLED);
        assertThat(evaluations.history(admin, id)).extracting(e -> e.action()).contains("EVALUATION_PROGRAMMEE", "EVALUATION_REPROGRAMMEE", "EVALUATION_ANNULEE");
        evaluations.schedule(admin, excellence, new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(3), null));
    }

    @Test
    void theAdministrationIsToldOnceOfAnUnscheduledLabelAndTheEvaluatorOnceAMonthBeforeTheReportIsDue() throws Exception {
        Actor admin = fixtures().actor("admin");
        Actor evaluator = expert("evaluatrice-d");
        String name = unique("Campus à évaluer");
        UUID campus = labelledCampus(name, LabelCategory.EXCELLENCE);
        LocalDate today = LocalDate.now(clock);

        notices.remindUnscheduled(today);
        notices.remindUnscheduled(today);
        assertThat(jdbc.sql("select count(*) from external_evaluation_reminder where campus_id = ?").param(campus).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/gestion/notifications").with(as(users, "admin")))
                .andExpect(content().string(containsString("Évaluation externe à programmer : " + name)));

        UUID id = evaluations.schedule(admin, campus, new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(2), null));
        assertThat(notices.remindEvaluators(today)).as("two months ahead").isZero();
        assertThat(notices.remindEvaluators(today.plusMonths(2).minusDays(30))).isEqualTo(1);
        assertThat(notices.remindEvaluators(today.plusMonths(2).minusDays(29))).isZero();
        assertThat(mailTo("evaluatrice-d@demo.passerelle.test")).extracting(MimeMessage::getSubject)
                .anyMatch(s -> s.startsWith("[Passerelle] Rapport d'évaluation externe attendu le "));
        assertThat(evaluations.view(admin, id).late()).isFalse();
    }
}
