package fr.passerelle.indicators.values;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.ConsolidatedIndicators;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusOrder;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusValue;
import fr.passerelle.indicators.ConsolidatedIndicators.ConsolidatedValue;
import fr.passerelle.indicators.ConsolidatedIndicators.Scope;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The consolidation of indicators over the campuses of an académie, a région and the nation, on campuses counted by
 * hand in two régions no other test or the demo uses: Grand Est (44: académies of Nancy-Metz 12, Strasbourg 15 and
 * Reims 19) and Mayotte (06, académie 43).
 *
 * <pre>
 *              région  académies  COPIL 2023  COPIL 2024  participation 2024     satisfaction 2024     SOCIAL_NETWORKS 2024
 *   A (Nancy)   44      12          1           2           50 % and 75 % → 62,5   5, 4, 2 → 66,7 (n=3)  12 (declared)
 *   B (Stras.)  44      15 + 12     0           3           25 % (one taken)       5, 1, 1 → 33,3 (n=3)  —
 *   C (Reims)   44      19          0           0           —                      —                     —
 *   D (Mayotte) 06      43          0           1           —                      —                     10 (declared)
 * </pre>
 */
@PasserelleIntegrationTest
class ConsolidationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    ConsolidatedIndicators consolidated;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    IndicatorFacts facts;

    static IndicatorFixtures a, b, c, d;

    static final Actor ADMIN = TestActors.nationalAdmin();
    static final Actor GRAND_EST = TestActors.coordinatorOf("44");

    @BeforeEach
    void buildOnce() {
        if (a != null) {
            return;
        }
        a = IndicatorFixtures.newCampus(jdbc, registry, "Campus consolidé A", "44", "12");
        b = IndicatorFixtures.newCampus(jdbc, registry, "Campus consolidé B", "44", "15", "12");
        c = IndicatorFixtures.newCampus(jdbc, registry, "Campus consolidé C", "44", "19");
        d = IndicatorFixtures.newCampus(jdbc, registry, "Campus consolidé D", "06", "43");
        // A: four members; 2024-02-01: 2 present of 4 (50 %), 2024-10-01: 3 of 4 (75 %) -> 62.5; 2023: one meeting
        UUID[] pa = {a.person("A1"), a.person("A2"), a.person("A3"), a.person("A4")};
        UUID steeringA = a.body("STEERING", "COPIL A");
        for (UUID p : pa) {
            a.seat(steeringA, p, LocalDate.of(2020, 1, 1), null);
        }
        UUID a1 = a.meeting(steeringA, LocalDateTime.of(2024, 2, 1, 10, 0), false);
        a.attended(a1, pa[0], "PRESENT");
        a.attended(a1, pa[1], "PRESENT");
        a.attended(a1, pa[2], "ABSENT");
        UUID a2 = a.meeting(steeringA, LocalDateTime.of(2024, 10, 1, 10, 0), false);
        a.attended(a2, pa[0], "PRESENT");
        a.attended(a2, pa[1], "PRESENT");
        a.attended(a2, pa[3], "PRESENT");
        a.meeting(steeringA, LocalDateTime.of(2023, 5, 1, 10, 0), false);
        a.meeting(steeringA, LocalDateTime.of(2024, 6, 1, 10, 0), true);
        a.survey(a1, pa[0], 5);
        a.survey(a1, pa[1], 4);
        a.survey(a2, pa[3], 2);
        a.declaration("SOCIAL_NETWORKS", 2024, "", "12", false);
        // B: three meetings in 2024, attendance taken at one: 1 present of 4 -> 25 %
        UUID[] pb = {b.person("B1"), b.person("B2"), b.person("B3"), b.person("B4")};
        UUID steeringB = b.body("STEERING", "COPIL B");
        for (UUID p : pb) {
            b.seat(steeringB, p, LocalDate.of(2020, 1, 1), null);
        }
        UUID b1 = b.meeting(steeringB, LocalDateTime.of(2024, 3, 1, 10, 0), false);
        b.attended(b1, pb[0], "PRESENT");
        b.attended(b1, pb[1], "ABSENT");
        b.meeting(steeringB, LocalDateTime.of(2024, 4, 1, 10, 0), false);
        b.meeting(steeringB, LocalDateTime.of(2024, 5, 1, 10, 0), false);
        b.survey(b1, pb[0], 5);
        b.survey(b1, pb[1], 1);
        b.survey(b1, pb[2], 1);
        // D: one meeting in 2024
        UUID steeringD = d.body("STEERING", "COPIL D");
        d.meeting(steeringD, LocalDateTime.of(2024, 9, 1, 10, 0), false);
        d.declaration("SOCIAL_NETWORKS", 2024, "", "10", false);
        // The consolidations read the facts: computed here rather than by the minute's refresh.
        facts.refreshAllYears();
    }

    static ConsolidatedValue value(List<ConsolidatedValue> values, String code) {
        return values.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void countsAreSummedOverTheCampusesOfTheScopeWithThePreviousYear() {
        ConsolidatedValue region = value(consolidated.valuesOf(ADMIN, Scope.region("44"), 2024), "STEERING_MEETINGS");
        assertThat(region.value()).isEqualByComparingTo("5");
        assertThat(region.previousValue()).isEqualByComparingTo("1");
        assertThat(region.campuses()).isEqualTo(3);
        assertThat(region.campusesTracking()).isEqualTo(3);
        assertThat(region.consolidation()).isEqualTo(ConsolidatedIndicators.Consolidation.SUM);
        assertThat(value(consolidated.valuesOf(ADMIN, Scope.region("06"), 2024), "STEERING_MEETINGS").value()).isEqualByComparingTo("1");
    }

    @Test
    void anAcademyCountsEveryCampusListingItMainOrOther() {
        assertThat(value(consolidated.valuesOf(ADMIN, Scope.academy("12"), 2024), "STEERING_MEETINGS").value()).isEqualByComparingTo("5");
        assertThat(value(consolidated.valuesOf(ADMIN, Scope.academy("15"), 2024), "STEERING_MEETINGS").value()).isEqualByComparingTo("3");
        ConsolidatedValue reims = value(consolidated.valuesOf(ADMIN, Scope.academy("19"), 2024), "STEERING_MEETINGS");
        assertThat(reims.value()).isEqualByComparingTo("0");
        assertThat(reims.campuses()).isEqualTo(1);
    }

    @Test
    void ratesAreTheMeanOfTheCampusValuesOverTheCampusesHavingOne() {
        ConsolidatedValue participation = value(consolidated.valuesOf(ADMIN, Scope.region("44"), 2024), "STEERING_PARTICIPATION");
        // (62.5 + 25.0) / 2, C has no meeting whose attendance was taken
        assertThat(participation.value()).isEqualByComparingTo("43.8");
        assertThat(participation.campuses()).isEqualTo(2);
        assertThat(participation.consolidation()).isEqualTo(ConsolidatedIndicators.Consolidation.MEAN);
        assertThat(participation.previousValue()).isNull();
    }

    @Test
    void aConsolidatedValueCountedFromTooFewAnswersIsMaskedAndShownOnceEnoughCampusesAnswer() {
        // 3 + 3 answers: (66.7 + 33.3) / 2
        ConsolidatedValue region = value(consolidated.valuesOf(GRAND_EST, Scope.region("44"), 2024), "MEMBER_SATISFACTION");
        assertThat(region.masked()).isFalse();
        assertThat(region.rows()).isEqualTo(6);
        assertThat(region.value()).isEqualByComparingTo("50.0");
        // Strasbourg: B's 3 answers alone
        ConsolidatedValue strasbourg = value(consolidated.valuesOf(ADMIN, Scope.academy("15"), 2024), "MEMBER_SATISFACTION");
        assertThat(strasbourg.masked()).isTrue();
        assertThat(strasbourg.value()).isNull();
    }

    @Test
    void declaredValuesAreConsolidatedFromTheCurrentDeclarations() {
        ConsolidatedValue region = value(consolidated.valuesOf(ADMIN, Scope.region("44"), 2024), "SOCIAL_NETWORKS");
        assertThat(region.value()).isEqualByComparingTo("12");
        assertThat(region.campuses()).isEqualTo(1);
        assertThat(region.campusesTracking()).isEqualTo(3);
        assertThat(value(consolidated.valuesOf(ADMIN, Scope.region("06"), 2024), "SOCIAL_NETWORKS").value()).isEqualByComparingTo("10");
    }

    @Test
    void theNationCountsTheFixtureCampusesAmongTheOthers() {
        List<UUID> all = java.util.stream.Stream.iterate(1, p -> p + 1).limit(1000)
                .map(p -> consolidated.campusValues(ADMIN, Scope.nation(), "STEERING_MEETINGS", 2024, CampusOrder.NAME, p, 200))
                .takeWhile(page -> !page.campuses().isEmpty()).flatMap(page -> page.campuses().stream()).map(CampusValue::campusId).toList();
        assertThat(all).contains(a.campus, b.campus, c.campus, d.campus).doesNotHaveDuplicates();
    }

    @Test
    void theCampusListIsSortedAndPaginatedInSqlWithACountZeroForACampusWithoutRows() {
        var first = consolidated.campusValues(GRAND_EST, Scope.region("44"), "STEERING_MEETINGS", 2024, CampusOrder.VALUE_DESC, 1, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.campuses()).extracting(CampusValue::campusId).containsExactly(b.campus, a.campus);
        var second = consolidated.campusValues(GRAND_EST, Scope.region("44"), "STEERING_MEETINGS", 2024, CampusOrder.VALUE_DESC, 2, 2);
        assertThat(second.campuses()).extracting(CampusValue::campusId).containsExactly(c.campus);
        assertThat(second.campuses().get(0).value()).isEqualByComparingTo("0");
        var ascending = consolidated.campusValues(GRAND_EST, Scope.region("44"), "STEERING_MEETINGS", 2024, CampusOrder.VALUE_ASC, 1, 10);
        assertThat(ascending.campuses()).extracting(CampusValue::campusId).containsExactly(c.campus, a.campus, b.campus);
    }

    @Test
    void aCampusValueCountedFromTooFewAnswersIsMaskedToThoseWhoDoNotRunTheCampus() {
        var coordinator = consolidated.campusValues(GRAND_EST, Scope.region("44"), "MEMBER_SATISFACTION", 2024, CampusOrder.VALUE_DESC, 1, 10);
        assertThat(coordinator.campuses()).allSatisfy(v -> {
            if (!v.campusId().equals(c.campus)) {
                assertThat(v.masked()).isTrue();
                assertThat(v.value()).isNull();
            }
        });
        var admin = consolidated.campusValues(ADMIN, Scope.region("44"), "MEMBER_SATISFACTION", 2024, CampusOrder.NAME, 1, 10);
        assertThat(admin.campuses()).extracting(CampusValue::campusId).containsExactly(a.campus, b.campus, c.campus);
        assertThat(admin.campuses().get(0).value()).isEqualByComparingTo("66.7");
        assertThat(admin.campuses().get(1).value()).isEqualByComparingTo("33.3");
        assertThat(admin.campuses().get(2).value()).isNull();
    }

    @Test
    void eachScopeIsRefusedToThoseOutsideIt() {
        assertThatThrownBy(() -> consolidated.valuesOf(GRAND_EST, Scope.nation(), 2024)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consolidated.valuesOf(GRAND_EST, Scope.region("06"), 2024)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consolidated.valuesOf(TestActors.referentOf("12"), Scope.academy("15"), 2024))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consolidated.campusValues(TestActors.directorOf(a.campus), Scope.region("44"), "STEERING_MEETINGS", 2024,
                CampusOrder.NAME, 1, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(consolidated.valuesOf(TestActors.referentOf("12"), Scope.academy("12"), 2024)).isNotEmpty();
        assertThat(consolidated.valuesOf(GRAND_EST, Scope.academy("15"), 2024)).isNotEmpty();
        assertThatThrownBy(() -> consolidated.valuesOf(ADMIN, Scope.region("99"), 2024)).isInstanceOf(NoSuchElementException.class);
        assertThat(consolidated.readableScopes(GRAND_EST)).containsExactly(Scope.region("44"));
        assertThat(consolidated.readableScopes(ADMIN)).containsExactly(Scope.nation());
    }

    @Test
    void theRegionPageShowsTheRegionAgainstTheNationAndLinksEachIndicatorToItsCampuses() throws Exception {
        mvc.perform(get("/gestion/tableaux-de-bord/regions/44?annee=2024").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indicateurs des campus de la région Grand Est")))
                .andExpect(content().string(containsString("moyenne des campus")))
                .andExpect(content().string(containsString("France entière :")))
                .andExpect(content().string(containsString("/gestion/tableaux-de-bord/regions/44/indicateurs/STEERING_MEETINGS/2024")))
                .andExpect(content().string(containsString("role=\"img\"")));
        mvc.perform(get("/gestion/tableaux-de-bord/regions/44/indicateurs/STEERING_MEETINGS/2024?tri=valeur-decroissante").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/gestion/campus/" + b.campus + "/indicateurs/STEERING_MEETINGS/2024")));
    }

    @Test
    void theCampusDashboardComparesTheCampusWithItsRegionAndTheNation() throws Exception {
        mvc.perform(get("/gestion/campus/" + a.campus + "/indicateurs?annee=2024").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le campus, sa région et la nation")))
                .andExpect(content().string(containsString("Grand Est")));
    }

    @Test
    void readersOutsideTheScopeAreRefusedThePagesAndAnUnknownScopeIsNotFound() throws Exception {
        for (String who : List.of("coordination", "conseil-regional", "referent", "direction", "dreets", "expert")) {
            mvc.perform(get("/gestion/tableaux-de-bord/regions/44").with(as(users, who))).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Campus consolidé"))));
            mvc.perform(get("/gestion/tableaux-de-bord/academies/12/indicateurs/STEERING_MEETINGS/2024").with(as(users, who)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/gestion/tableaux-de-bord/regions/99").with(as(users, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/gestion/tableaux-de-bord/indicateurs/NOPE/2024").with(as(users, "admin"))).andExpect(status().isNotFound());
    }
}
