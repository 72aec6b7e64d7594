package fr.passerelle.indicators.values;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.ConsolidatedIndicators;
import fr.passerelle.indicators.ConsolidatedIndicators.Consolidation;
import fr.passerelle.indicators.ConsolidatedIndicators.Scope;
import fr.passerelle.indicators.IndicatorDeclarations;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.platform.AuditTrail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consolidated figures read from the facts table: they are exactly what the campus formulas give, computed live
 * over the same campuses; they stay as they were until a refresh, which brings them right (a new meeting counts, a
 * deleted action no longer does); a declaration refreshes its campus at once; the minute's refresh gives way to another
 * one holding the lock; the national administration alone recomputes them on demand. On two campuses of Bretagne (53),
 * académie de Rennes (14), which no other test uses, beside the demo's campus of the région (the comparison with the
 * live computation is over the same campuses, whichever they are).
 */
@PasserelleIntegrationTest
class IndicatorFactsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    IndicatorFacts facts;
    @Autowired
    ScopeConsolidation consolidation;
    @Autowired
    ConsolidatedIndicators consolidated;
    @Autowired
    IndicatorValues values;
    @Autowired
    TrackedIndicators catalogue;
    @Autowired
    IndicatorDeclarations declarations;
    @Autowired
    AuditTrail audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    static final String BRETAGNE = "53";
    static final Actor ADMIN = TestActors.nationalAdmin();
    static IndicatorFixtures p, q;
    static UUID partnerAction;

    @BeforeEach
    void buildOnce() {
        if (p != null) {
            return;
        }
        p = IndicatorFixtures.newCampus(jdbc, registry, "Campus breton P", BRETAGNE, "14");
        q = IndicatorFixtures.newCampus(jdbc, registry, "Campus breton Q", BRETAGNE, "14");
        UUID[] members = {p.person("P1"), p.person("P2"), p.person("P3"), p.person("P4")};
        UUID steering = p.body("STEERING", "COPIL P");
        for (UUID m : members) {
            p.seat(steering, m, LocalDate.of(2020, 1, 1), null);
        }
        UUID m1 = p.meeting(steering, LocalDateTime.of(2024, 3, 5, 10, 0), false);
        p.attended(m1, members[0], "PRESENT");
        p.attended(m1, members[1], "ABSENT");
        p.meeting(steering, LocalDateTime.of(2023, 11, 7, 10, 0), false);
        p.survey(m1, members[0], 5);
        p.survey(m1, members[1], 3);
        UUID school = p.organisation("Lycée breton", 1);
        p.membership(school, "PARTNER", LocalDate.of(2022, 9, 1), null);
        partnerAction = p.action(2024, "COMPANY_VISIT", "DONE", null, 2);
        p.actionPartner(partnerAction, school);
        p.learners(partnerAction, "LYCEE", 10, 8, 0);
        p.action(2024, "EVENT", "ABANDONED", "Financement refusé", 0);
        p.fundingRequest(2024, "SUBMITTED");
        p.training(school, "SCHOOL", 2021);
        p.outcome(1, "INSERJEUNES_LP", "ALL", 60, 55, 50, 3);
        q.meeting(q.body("STEERING", "COPIL Q"), LocalDateTime.of(2024, 6, 4, 10, 0), false);
        q.action(2024, "TRAINING", "DONE", null, 1);
        q.declaration("SOCIAL_NETWORKS", 2024, "", "30", false);
        facts.refreshAllYears();
    }

    // --- the reference: the consolidation as it was computed live, each campus's formula run for the page

    List<ScopeConsolidation.Series> live(Scope scope, int from, int to) {
        List<ScopeConsolidation.ScopeCampus> campuses = consolidation.campusesOf(scope);
        List<ScopeConsolidation.Series> series = new ArrayList<>();
        for (TrackedIndicators.Tracking tracking : catalogue.tracking()) {
            List<UUID> trackers = campuses.stream().filter(c -> tracking.trackedBy(c.academyCode())).map(ScopeConsolidation.ScopeCampus::id).toList();
            Indicator indicator = tracking.indicator();
            if (trackers.isEmpty() || indicator.source() != IndicatorSource.DECLARED && Formulas.of(indicator.code()).isEmpty()) {
                continue;
            }
            Map<UUID, Map<Integer, IndicatorValues.Raw>> raw = values.raw(trackers, indicator, from, to);
            Consolidation rule = Consolidation.of(indicator.unit());
            Map<Integer, ScopeConsolidation.Point> points = new LinkedHashMap<>();
            for (int y = from; y <= to; y++) {
                List<BigDecimal> campusValues = new ArrayList<>();
                long rows = 0;
                for (UUID campus : trackers) {
                    IndicatorValues.Raw figure = raw.getOrDefault(campus, Map.of()).get(y);
                    BigDecimal v = figure == null ? (IndicatorValues.noneMeansZero(indicator) ? BigDecimal.ZERO : null) : figure.value();
                    rows += figure == null ? 0 : figure.rows();
                    if (v != null) {
                        campusValues.add(v);
                    }
                }
                BigDecimal value = ScopeConsolidation.consolidated(rule, campusValues);
                boolean masked = value != null && indicator.masks(rows);
                points.put(y, new ScopeConsolidation.Point(y, masked ? null : value, masked, campusValues.size(), rows));
            }
            series.add(new ScopeConsolidation.Series(indicator, rule, trackers.size(), points));
        }
        return series;
    }

    /** The series as text, values compared as numbers (12 and 12.00 are the same figure). */
    static List<String> text(List<ScopeConsolidation.Series> series) {
        return series.stream().flatMap(s -> s.points().values().stream().map(point -> s.indicator().code() + " " + point.year() + ": "
                + (point.value() == null ? "—" : point.value().stripTrailingZeros().toPlainString()) + (point.masked() ? " masked" : "")
                + ", " + point.campuses() + "/" + s.campusesTracking() + " campuses, " + point.rows() + " rows, " + s.rule())).toList();
    }

    BigDecimal campusValue(String code, int year, UUID campus) {
        return consolidated.campusValues(ADMIN, Scope.region(BRETAGNE), code, year, ConsolidatedIndicators.CampusOrder.NAME, 1, 200).campuses()
                .stream().filter(v -> v.campusId().equals(campus)).findFirst().orElseThrow().value();
    }

    BigDecimal regionValue(String code, int year) {
        return consolidation.series(Scope.region(BRETAGNE), year, year).stream().filter(s -> s.indicator().code().equals(code)).findFirst()
                .orElseThrow().at(year).value();
    }

    @Test
    void theRegionTheAcademyAndTheNationAreExactlyWhatTheFormulasGiveLiveForEachCampus() {
        for (Scope scope : List.of(Scope.region(BRETAGNE), Scope.academy("14"), Scope.nation())) {
            List<String> fromFacts = text(consolidation.series(scope, 2021, 2025));
            assertThat(fromFacts).as(scope.toString()).isNotEmpty().containsExactlyElementsOf(text(live(scope, 2021, 2025)));
        }
        // Figures of P no other test of this class changes, counted by hand, in the list of the région's campuses.
        assertThat(campusValue("STEERING_MEETINGS", 2023, p.campus)).isEqualByComparingTo("1");
        assertThat(campusValue("FURTHER_STUDY_RATE", 2022, p.campus)).isEqualByComparingTo("60");
        assertThat(campusValue("FURTHER_STUDY_RATE", 2022, q.campus)).isNull();
        assertThat(campusValue("SOCIAL_NETWORKS", 2024, q.campus)).isEqualByComparingTo("30");
    }

    @Test
    void everyFactIsTheRowItsFormulaGivesForItsCampusAndYear() {
        UUID[] campuses = jdbc.sql("select campus_id from campus_published").query(UUID.class).list().toArray(UUID[]::new);
        int to = facts.currentYear();
        for (Indicator indicator : catalogue.all()) {
            Map<UUID, Map<Integer, IndicatorValues.Raw>> stored = new HashMap<>();
            jdbc.sql("select campus_id, year, value, row_count from indicator_fact where indicator_code = :code")
                    .param("code", indicator.code()).query(rs -> {
                        stored.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashMap<>())
                                .put(rs.getInt(2), new IndicatorValues.Raw(rs.getBigDecimal(3), rs.getLong(4)));
                    });
            Map<UUID, Map<Integer, IndicatorValues.Raw>> computed = values.raw(List.of(campuses), indicator, CampusDashboard.FIRST_YEAR, to);
            assertThat(normalised(stored)).as(indicator.code()).isEqualTo(normalised(computed));
        }
    }

    static Map<String, String> normalised(Map<UUID, Map<Integer, IndicatorValues.Raw>> figures) {
        Map<String, String> text = new HashMap<>();
        figures.forEach((campus, years) -> years.forEach((year, raw) -> text.put(campus + " " + year,
                (raw.value() == null ? "—" : raw.value().stripTrailingZeros().toPlainString()) + " / " + raw.rows())));
        return text;
    }

    @Test
    void aNewMeetingAndADeletedActionChangeTheConsolidatedValueAtTheNextRefreshNotBefore() {
        BigDecimal meetings = regionValue("STEERING_MEETINGS", 2024);
        BigDecimal partnerActions = regionValue("PARTNER_ACTIONS", 2024);
        q.meeting(q.body("STEERING", "Second COPIL Q"), LocalDateTime.of(2024, 11, 19, 10, 0), false);
        jdbc.sql("delete from action_learners where action_id = :a").param("a", partnerAction).update();
        jdbc.sql("delete from action_partner where action_id = :a").param("a", partnerAction).update();
        jdbc.sql("delete from campus_action where id = :a").param("a", partnerAction).update();

        assertThat(regionValue("STEERING_MEETINGS", 2024)).as("stale until the refresh").isEqualByComparingTo(meetings);
        assertThat(regionValue("PARTNER_ACTIONS", 2024)).as("stale until the refresh").isEqualByComparingTo(partnerActions);

        facts.refreshAllYears();
        assertThat(regionValue("STEERING_MEETINGS", 2024)).isEqualByComparingTo(meetings.add(BigDecimal.ONE));
        assertThat(regionValue("PARTNER_ACTIONS", 2024)).isEqualByComparingTo(partnerActions.subtract(BigDecimal.ONE));
        assertThat(jdbc.sql("select count(*) from indicator_fact where campus_id = :c and indicator_code = 'PARTNER_ACTIONS' and year = 2024")
                .param("c", p.campus).query(Long.class).single()).as("the fact the formula no longer gives is deleted").isZero();
        assertThat(text(consolidation.series(Scope.region(BRETAGNE), 2021, 2025))).containsExactlyElementsOf(text(live(Scope.region(BRETAGNE), 2021, 2025)));
    }

    @Test
    void aDeclarationRefreshesItsCampusAtOnce() {
        BigDecimal before = regionValue("SOCIAL_NETWORKS", 2023);
        declarations.declare(ADMIN, p.campus, "SOCIAL_NETWORKS", 2023, Map.of("", new BigDecimal("17")), "Publications de l’année");
        assertThat(regionValue("SOCIAL_NETWORKS", 2023)).isEqualByComparingTo(before == null ? new BigDecimal("17") : before.add(new BigDecimal("17")));
        declarations.declare(ADMIN, p.campus, "SOCIAL_NETWORKS", 2023, Map.of("", new BigDecimal("20")), "Chiffre corrigé");
        assertThat(regionValue("SOCIAL_NETWORKS", 2023)).isEqualByComparingTo(before == null ? new BigDecimal("20") : before.add(new BigDecimal("20")));
    }

    @Test
    void theMinutesRefreshGivesWayWhileAnotherRefreshHoldsTheLock() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(" + IndicatorFacts.LOCK_KEY + ")").query().singleRow();
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(facts.refreshRecentYears()).as("another refresh holds the lock").isEmpty();
        } finally {
            release.countDown();
            other.join();
        }
        assertThat(facts.refreshRecentYears()).as("the lock is free again").hasValueSatisfying(r -> {
            assertThat(r.to()).isEqualTo(facts.currentYear());
            assertThat(r.from()).isEqualTo(facts.currentYear() - 1);
        });
    }

    @Test
    void onlyTheNationalAdministrationRecomputesOnDemandAndTheRecomputationIsAudited() throws Exception {
        assertThatThrownBy(() -> consolidated.refresh(TestActors.coordinatorOf(BRETAGNE))).isInstanceOf(AccessDeniedException.class);
        for (String who : List.of("coordination", "conseil-regional", "referent", "direction")) {
            mvc.perform(post(ScopeDashboards.REFRESH_PATH).with(as(users, who)).with(csrf())).andExpect(status().isForbidden());
        }
        int before = audit.history(IndicatorFacts.AUDITED, IndicatorFacts.AUDITED_ID).size();
        mvc.perform(post(ScopeDashboards.REFRESH_PATH).with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/gestion/tableaux-de-bord"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("Chiffres consolidés recalculés pour 2013–")));
        List<AuditTrail.Entry> entries = audit.history(IndicatorFacts.AUDITED, IndicatorFacts.AUDITED_ID);
        assertThat(entries).hasSize(before + 1).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.action()).isEqualTo("CHIFFRES_CONSOLIDES_RECALCULES");
        });
    }

    @Test
    void theDashboardsSayWhenTheirFiguresWereConsolidatedAndOnlyTheNationalAdministrationSeesTheButton() throws Exception {
        String nation = mvc.perform(get("/gestion/tableaux-de-bord?annee=2024").with(as(users, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(nation).contains("Chiffres consolidés le ", "recalculés chaque minute pour les deux dernières années, chaque nuit pour les précédentes",
                "id=\"refresh-facts\"");
        String region = mvc.perform(get("/gestion/tableaux-de-bord/regions/32?annee=2024").with(as(users, "coordination"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(region).contains("Chiffres consolidés le ").doesNotContain("id=\"refresh-facts\"");
    }
}
