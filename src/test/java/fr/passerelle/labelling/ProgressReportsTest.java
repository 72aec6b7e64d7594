package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.directorOf;
import static fr.passerelle.TestActors.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.indicators.IndicatorDeclarations;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Several progress reports per label: stage reports on demand, one mid-term report and one pre-renewal evaluation, the
 * latter two with the annex « Indicateurs et auto-évaluation » taken as a snapshot, refreshed before submission only.
 */
@PasserelleIntegrationTest
class ProgressReportsTest {

    /** A campaign year no other test opens: the self-evaluation tests count up from 2060. */
    static final int CAMPAIGN_YEAR = 2098;
    static final String STRENGTHS = "Comité de pilotage réuni trois fois, entreprises présentes à chaque séance.";
    static final java.time.format.DateTimeFormatter SHORT = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String TYPED = "Texte rédigé par la référente : le périmètre du campus s'est élargi à deux lycées agricoles. ";

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
    ApplicationQueries queries;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    ProgressReports reports;
    @Autowired
    LabelAftercare aftercare;
    @Autowired
    IndicatorDeclarations declarations;
    @Autowired
    SelfEvaluations selfEvaluations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    LabellingFixtures fixtures() {
        return new LabellingFixtures(calls, applications, drafts, queries, reviews, accounts);
    }

    static String name(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    List<ApplicationQueries.ReportRow> reportsOf(UUID granted, ReportPurpose purpose) {
        return queries.reportsOf(granted).stream().filter(r -> r.purpose() == purpose).toList();
    }

    @Test
    void theFollowersOfALabelOpenSeveralStageReportsButTheLabelHasOneMidTermReportOnly() throws Exception {
        var fixtures = fixtures();
        LocalDate today = LocalDate.now(clock);
        ApplicationView granted = fixtures.granted(name("Campus suivi"), today.minusMonths(6));

        UUID first = reports.openStage(fixtures.actor("referent"), granted.id(), new ProgressReports.StageRequest("Suivi des recommandations", today.plusMonths(2)));
        reports.openStage(nationalAdmin(), granted.id(), new ProgressReports.StageRequest("Point sur l'international", today.plusMonths(4)));
        mvc.perform(post("/gestion/labellisation/dossiers/" + granted.id() + "/rapports").param("subject", "Point sur les effectifs")
                        .param("dueOn", today.plusMonths(1).toString()).with(as(users, "coordination")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<ApplicationQueries.ReportRow> stages = reportsOf(granted.id(), ReportPurpose.STAGE);
        assertThat(stages).extracting(ApplicationQueries.ReportRow::subject)
                .containsExactly("Point sur les effectifs", "Suivi des recommandations", "Point sur l'international");
        assertThat(stages).allMatch(r -> r.status() == ApplicationStatus.DRAFT);
        ApplicationView stage = queries.byId(first).orElseThrow();
        assertThat(stage.progressReport()).isTrue();
        assertThat(stage.previousId()).isEqualTo(granted.id());
        assertThat(queries.annex(first)).isEmpty();

        // One mid-term report: a second is not opened, and the database refuses one inserted past the service.
        assertThat(reports.openScheduled(granted.id(), ReportPurpose.MID_TERM, today.plusMonths(3))).isPresent();
        assertThat(reports.openScheduled(granted.id(), ReportPurpose.MID_TERM, today.plusMonths(3))).isEmpty();
        assertThat(reportsOf(granted.id(), ReportPurpose.MID_TERM)).hasSize(1);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into application (id, call_id, campus_id, kind, category, project_name, sector, region_code, academy_code, previous_id,
                                                 status, round, created_by, created_at, status_since, report_purpose)
                        select ?, call_id, campus_id, 'PROGRESS_REPORT', category, project_name, sector, region_code, academy_code, id,
                               'DRAFT', 0, 'test', now(), now(), 'MID_TERM' from application where id = ?""")
                .params(UUID.randomUUID(), granted.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> reports.openScheduled(granted.id(), ReportPurpose.STAGE, today.plusMonths(3)))
                .isInstanceOf(IllegalArgumentException.class);

        // A mid-term report opened before the annex existed takes it at its authors' request.
        UUID midTerm = reportsOf(granted.id(), ReportPurpose.MID_TERM).get(0).id();
        jdbc.sql("delete from progress_report_annex where application_id = ?").param(midTerm).update();
        mvc.perform(get("/gestion/labellisation/dossiers/" + midTerm).with(as(users, "referent")))
                .andExpect(content().string(containsString("Prendre l’annexe")));
        reports.refreshAnnex(fixtures.actor("referent"), midTerm, fixtures.version(midTerm));
        assertThat(queries.annex(midTerm)).isPresent();

        // The list shows each report with its purpose, due date and status.
        mvc.perform(get("/gestion/labellisation/dossiers/" + granted.id() + "/rapports").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Suivi des recommandations")))
                .andExpect(content().string(containsString("Rapport à mi-parcours")))
                .andExpect(content().string(containsString(SHORT.format(today.plusMonths(2)))))
                .andExpect(content().string(containsString("id=\"stage-form\"")));
        mvc.perform(get("/gestion/labellisation/dossiers/" + first).with(as(users, "referent")))
                .andExpect(content().string(containsString("Point d’étape")))
                .andExpect(content().string(containsString("Tous les rapports du label")));
    }

    @Test
    void onlyThoseWhoFollowTheLabelAskForAStageReportWithASubjectAndADueDateBeforeTheLabelEnds() throws Exception {
        var fixtures = fixtures();
        LocalDate today = LocalDate.now(clock);
        ApplicationView granted = fixtures.granted(name("Campus refus"), today.minusMonths(3));
        String path = "/gestion/labellisation/dossiers/" + granted.id() + "/rapports";

        // Those who may not read the label do not learn it exists; its readers who do not follow it are refused.
        for (String stranger : List.of("partenaire", "recruteur")) {
            mvc.perform(post(path).param("subject", "Point").param("dueOn", today.plusMonths(1).toString()).with(as(users, stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path).with(as(users, stranger))).andExpect(status().isNotFound());
        }
        // The Conseil régional reads the dossiers of its région, the experts read the dossier they reviewed: neither follows the label.
        for (String reader : List.of("conseil-regional", "expert")) {
            mvc.perform(post(path).param("subject", "Point").param("dueOn", today.plusMonths(1).toString()).with(as(users, reader)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(path).with(as(users, "conseil-regional")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"stage-form\""))));
        assertThatThrownBy(() -> reports.openStage(directorOf(granted.campusId()), granted.id(),
                new ProgressReports.StageRequest("Point", today.plusMonths(1)))).isInstanceOf(AccessDeniedException.class);

        // The form shows what was typed with the broken rule.
        mvc.perform(post(path).param("subject", "").param("dueOn", today.plusMonths(1).toString()).with(as(users, "referent")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Dites sur quoi porte le point d’étape.")));
        mvc.perform(post(path).param("subject", "Point trop tard").param("dueOn", today.plusYears(5).toString()).with(as(users, "referent")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("avant la fin du label")))
                .andExpect(content().string(containsString("Point trop tard")));
        assertThatThrownBy(() -> reports.openStage(fixtures.actor("referent"), granted.id(), new ProgressReports.StageRequest("Point", today)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("postérieure à aujourd’hui");
        assertThat(queries.reportsOf(granted.id())).isEmpty();

        // A label ended asks for none.
        ApplicationView ended = fixtures.granted(name("Campus échu"), today.minusYears(4).minusDays(2));
        assertThatThrownBy(() -> reports.openStage(nationalAdmin(), ended.id(), new ProgressReports.StageRequest("Point", today.plusMonths(1))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("a pris fin");
    }

    @Test
    void theMorningJobOpensThePreRenewalEvaluationOnceTwelveMonthsBeforeTheLabelEnds() {
        var fixtures = fixtures();
        LocalDate today = LocalDate.now(clock);
        ApplicationView granted = fixtures.granted(name("Campus avant renouvellement"), today.minusYears(3).plusDays(10));
        LocalDate validUntil = queries.decision(granted.id()).orElseThrow().validUntil();
        LocalDate opensOn = validUntil.minusMonths(LabelAftercare.PRE_RENEWAL_MONTHS);

        aftercare.openDueReports(opensOn.minusDays(1));
        assertThat(reportsOf(granted.id(), ReportPurpose.MID_TERM)).hasSize(1);
        assertThat(reportsOf(granted.id(), ReportPurpose.PRE_RENEWAL)).isEmpty();

        aftercare.openDueReports(opensOn);
        aftercare.openDueReports(opensOn.plusDays(1));
        List<ApplicationQueries.ReportRow> preRenewal = reportsOf(granted.id(), ReportPurpose.PRE_RENEWAL);
        assertThat(preRenewal).hasSize(1);
        assertThat(preRenewal.get(0).dueOn()).isEqualTo(opensOn.plusMonths(3));
        assertThat(queries.annex(preRenewal.get(0).id())).isPresent();
        assertThat(queries.section(preRenewal.get(0).id(), Criterion.PERIMETER).text()).startsWith("Données du campus avant le renouvellement :");

        // Each report due is reminded, once.
        assertThat(jdbc.sql("select count(*) from application where previous_id = ? and due_reminded_at is not null").param(granted.id())
                .query(Integer.class).single()).isZero();
        aftercare.remindReportsDue(opensOn.plusMonths(3).minusDays(10));
        assertThat(jdbc.sql("select due_reminded_at is not null from application where id = ?").param(preRenewal.get(0).id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theMidTermAnnexCarriesTheIndicatorsAndTheLatestSelfEvaluationRefreshedBeforeSubmissionAndFrozenAfter() throws Exception {
        var fixtures = fixtures();
        LocalDate today = LocalDate.now(clock);
        ApplicationView granted = fixtures.granted(name("Campus annexe"), today.minusYears(2).minusDays(1));
        UUID campus = granted.campusId();
        int lastYear = today.getYear() - 1;
        declarations.declare(directorOf(campus), campus, "SOCIAL_NETWORKS", lastYear, Map.of("", new BigDecimal("42")), "Export des comptes");

        UUID report = reports.openScheduled(granted.id(), ReportPurpose.MID_TERM, today.plusMonths(3)).orElseThrow();
        ReportAnnex opened = queries.annex(report).orElseThrow();
        List<Integer> years = new ArrayList<>();
        for (int y = today.minusYears(2).minusDays(1).getYear(); y <= today.getYear(); y++) {
            years.add(y);
        }
        assertThat(opened.content().years()).containsExactlyElementsOf(years);
        ReportAnnex.Line social = opened.content().indicators().stream().filter(l -> l.code().equals("SOCIAL_NETWORKS")).findFirst().orElseThrow();
        assertThat(social.name()).isEqualTo("Utilisation des réseaux sociaux");
        assertThat(social.theme()).isEqualTo(Theme.GOVERNANCE);
        assertThat(social.figures()).filteredOn(f -> f.year() == lastYear).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("42"));
        assertThat(social.figures()).filteredOn(f -> f.year() == today.getYear()).singleElement().satisfies(f -> assertThat(f.value()).isNull());
        assertThat(opened.selfEvaluation()).isNull();

        // The authors type in one criterion; the campus then submits its self-evaluation and declares a new value.
        drafts.saveSection(fixtures.actor("referent"), report, Criterion.PERIMETER, queries.section(report, Criterion.PERIMETER).revision(), TYPED.repeat(3));
        submittedSelfEvaluation(campus);
        declarations.declare(directorOf(campus), campus, "SOCIAL_NETWORKS", lastYear, Map.of("", new BigDecimal("45")), "Trois publications oubliées");

        // Refreshed by its authors before they submit: the annex takes today's data; the texts typed in stay as they are.
        long version = queries.byId(report).orElseThrow().version();
        mvc.perform(post("/gestion/labellisation/dossiers/" + report + "/annexe/actualisation").param("version", Long.toString(version))
                        .with(as(users, "partenaire")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/gestion/labellisation/dossiers/" + report + "/annexe/actualisation").param("version", Long.toString(version))
                        .with(as(users, "conseil-regional")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gestion/labellisation/dossiers/" + report + "/annexe/actualisation").param("version", Long.toString(version))
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", containsString("L’annexe est actualisée")));
        ReportAnnex refreshed = queries.annex(report).orElseThrow();
        assertThat(refreshed.content().indicators()).filteredOn(l -> l.code().equals("SOCIAL_NETWORKS")).singleElement()
                .satisfies(l -> assertThat(l.figures()).filteredOn(f -> f.year() == lastYear).singleElement()
                        .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("45")));
        assertThat(refreshed.selfEvaluation().year()).isEqualTo(CAMPAIGN_YEAR);
        assertThat(refreshed.selfEvaluation().status()).isEqualTo("À l’examen du référent académique");
        assertThat(refreshed.themeOf(Theme.GOVERNANCE).orElseThrow().strengths()).isEqualTo(STRENGTHS);
        assertThat(refreshed.themeOf(Theme.GOVERNANCE).orElseThrow().ratingText()).isEqualTo("3 « Maîtrisé »");
        assertThat(queries.section(report, Criterion.PERIMETER).text()).isEqualTo(TYPED.repeat(3).strip());
        assertThat(queries.section(report, Criterion.REGIONAL_GOVERNANCE).text()).contains("Points forts : " + STRENGTHS)
                .contains("Auto-évaluation " + CAMPAIGN_YEAR + ", thématique « Gouvernance du CMQ »");
        assertThat(queries.section(report, Criterion.DIAGNOSIS).text()).isNull();

        // The page shows the annex and the date of its data to the report's readers, not to others.
        mvc.perform(get("/gestion/labellisation/dossiers/" + report).with(as(users, "coordination")))
                .andExpect(content().string(containsString("Annexe — Indicateurs et auto-évaluation")))
                .andExpect(content().string(containsString("Données arrêtées le " + SHORT.format(today))))
                .andExpect(content().string(containsString(STRENGTHS)))
                .andExpect(content().string(containsString("Utilisation des réseaux sociaux")))
                .andExpect(content().string(containsString("id=\"annex-refresh\"")));
        mvc.perform(get("/gestion/labellisation/dossiers/" + report).with(as(users, "conseil-regional")))
                .andExpect(content().string(containsString(STRENGTHS)))
                .andExpect(content().string(not(containsString("id=\"annex-refresh\""))));
        mvc.perform(get("/gestion/labellisation/dossiers/" + report).with(as(users, "partenaire"))).andExpect(status().isNotFound());

        // Submitted, the annex is frozen.
        fixtures.write(queries.byId(report).orElseThrow(), "referent");
        applications.submit(fixtures.actor("referent"), report, fixtures.version(report), null);
        var takenAt = queries.annex(report).orElseThrow().takenAt();
        assertThatThrownBy(() -> reports.refreshAnnex(fixtures.actor("referent"), report, fixtures.version(report)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("figée");
        mvc.perform(post("/gestion/labellisation/dossiers/" + report + "/annexe/actualisation").param("version", Long.toString(fixtures.version(report)))
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("figée")));
        assertThat(queries.annex(report).orElseThrow().takenAt()).isEqualTo(takenAt);
        mvc.perform(get("/gestion/labellisation/dossiers/" + report).with(as(users, "referent")))
                .andExpect(content().string(containsString(STRENGTHS)))
                .andExpect(content().string(not(containsString("id=\"annex-refresh\""))));

        // The PDF prints the annex, read back.
        byte[] pdf = mvc.perform(get("/gestion/labellisation/dossiers/" + report + "/dossier.pdf").with(as(users, "referent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String printed = text.toString().replaceAll("\\s+", " ");
        assertThat(printed).contains("Rapport à mi-parcours").contains("Annexe — Indicateurs et auto-évaluation").contains("Données arrêtées le")
                .contains("Utilisation des réseaux sociaux").contains("Auto-évaluation " + CAMPAIGN_YEAR)
                .contains("Points forts : Comité de pilotage réuni trois fois");
    }

    /** The campus's self-evaluation of {@link #CAMPAIGN_YEAR}, written by its director and submitted to the academic referent. */
    private void submittedSelfEvaluation(UUID campus) {
        LocalDate today = LocalDate.now(clock);
        if (jdbc.sql("select count(*) from self_evaluation_campaign where year = ?").param(CAMPAIGN_YEAR).query(Integer.class).single() == 0) {
            selfEvaluations.openCampaign(nationalAdmin(), CAMPAIGN_YEAR,
                    new SelfEvaluations.Deadlines(today.plusDays(30), today.plusDays(60), today.plusDays(90)));
        }
        List<SelfEvaluations.ThemeAssessment> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            themes.add(new SelfEvaluations.ThemeAssessment(theme, 3, theme == Theme.GOVERNANCE ? STRENGTHS : "Points forts : " + theme.label(),
                    "Progresser sur " + theme.label(), "Actions envisagées", Set.of()));
        }
        selfEvaluations.draft(directorOf(campus), campus, CAMPAIGN_YEAR, selfEvaluations.version(campus, CAMPAIGN_YEAR), themes);
        selfEvaluations.submit(directorOf(campus), campus, CAMPAIGN_YEAR, selfEvaluations.version(campus, CAMPAIGN_YEAR));
    }
}
