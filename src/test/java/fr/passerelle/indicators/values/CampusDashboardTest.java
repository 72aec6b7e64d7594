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
import fr.passerelle.identity.Accounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The campus dashboard and its drill-downs: who reads them, who sees masked values, and that the rows shown recount
 * the value. On the hand-counted campus of {@link IndicatorValuesTest}.
 */
@PasserelleIntegrationTest
class CampusDashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    CampusDashboard dashboards;
    @Autowired
    DeclarationPage declarationPage;

    static IndicatorFixtures f;

    @BeforeEach
    void buildTheCampusOnce() {
        if (f == null) {
            f = IndicatorFixtures.newCampus(jdbc, registry);
            IndicatorValuesTest.build(f);
        }
    }

    String dashboard(int year) {
        return "/gestion/campus/" + f.campus + "/indicateurs?annee=" + year;
    }

    @Test
    void anotherCampussDirectorAndAnExpertAreRefusedTheDashboardAndTheDrillDown() throws Exception {
        UUID own = accounts.byUsername("direction").orElseThrow().campusId();
        assertThat(own).isNotEqualTo(f.campus);
        for (String who : List.of("direction", "expert", "partenaire", "recruteur")) {
            mvc.perform(get(dashboard(2024)).with(as(users, who))).andExpect(status().isForbidden());
            mvc.perform(get("/gestion/campus/" + f.campus + "/indicateurs/STEERING_PARTICIPATION/2024").with(as(users, who)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Quatre Camille"))));
        }
        assertThatThrownBy(() -> dashboards.dashboard(TestActors.directorOf(own), f.campus, 2024)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/gestion/campus/" + own + "/indicateurs").with(as(users, "direction"))).andExpect(status().isOk());
    }

    @Test
    void theDashboardGroupsTheTrackedIndicatorsByThemeWithFourYearsTheTrendAndTheBreakdown() throws Exception {
        mvc.perform(get(dashboard(2024)).with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gouvernance du CMQ")))
                .andExpect(content().string(containsString("Culture et mobilité")))
                .andExpect(content().string(containsString("Nombre de réunions de COPIL")))
                .andExpect(content().string(containsString("2021")))
                .andExpect(content().string(containsString("en hausse par rapport à 2023")))
                .andExpect(content().string(containsString("Lycéens")))
                .andExpect(content().string(containsString("/gestion/campus/" + f.campus + "/indicateurs/STEERING_MEETINGS/2024")))
                .andExpect(content().string(not(containsString("Nombre de kits pédagogiques"))));
        var dashboard = dashboards.dashboard(TestActors.nationalAdmin(), f.campus, 2024);
        var meetings = dashboard.themes().get(0).lines().stream().filter(l -> l.indicator().code().equals("STEERING_MEETINGS")).findFirst().orElseThrow();
        assertThat(meetings.figures()).extracting(CampusDashboard.Figure::text).containsExactly("0", "0", "1", "3");
        assertThat(meetings.trend()).isEqualTo("↗");
    }

    @Test
    void aValueCountedFromTooFewAnswersIsMaskedToThoseWhoDoNotRunTheCampus() throws Exception {
        var referent = TestActors.referentOf("09");
        var masked = line(dashboards.dashboard(referent, f.campus, 2024), "MEMBER_SATISFACTION");
        assertThat(masked.current().text()).isEqualTo("< 5 réponses");
        assertThat(masked.drillable()).isTrue();
        var director = fr.passerelle.governance.GovernanceFixtures.director(f.campus);
        assertThat(line(dashboards.dashboard(director, f.campus, 2024), "MEMBER_SATISFACTION").current().text()).isEqualTo("75 %");
        assertThat(line(dashboards.dashboard(referent, f.campus, 2023), "MEMBER_SATISFACTION").current().text()).isEqualTo("66,7 %");

        var drill = dashboards.drillDown(referent, f.campus, "MEMBER_SATISFACTION", 2024, List.of());
        assertThat(drill.tables()).isEmpty();
        assertThat(drill.arithmetic()).isNull();
        var shown = dashboards.drillDown(director, f.campus, "MEMBER_SATISFACTION", 2024, List.of());
        assertThat(shown.arithmetic()).isEqualTo("3 réponse(s) de note 4 ou 5 ÷ 4 réponse(s) × 100 = 75 %.");
        assertThat(shown.tables().get(0).total()).isEqualTo(4);
    }

    @Test
    void theDrillDownListsTheMeetingsAndAttendancesBehindTheParticipationWithItsArithmetic() throws Exception {
        mvc.perform(get("/gestion/campus/" + f.campus + "/indicateurs/STEERING_PARTICIPATION/2024").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Somme des taux des réunions (110) ÷ 2 réunion(s) émargée(s) = 55 %.")))
                .andExpect(content().string(containsString("01/01/2024 09:00")))
                .andExpect(content().string(containsString("15/06/2024 10:00")))
                .andExpect(content().string(not(containsString("31/12/2024 23:30"))))
                .andExpect(content().string(containsString("Six Camille")))
                .andExpect(content().string(containsString("non émargé·e (compté·e absent·e)")));
        var drill = dashboards.drillDown(TestActors.nationalAdmin(), f.campus, "STEERING_PARTICIPATION", 2024, List.of());
        assertThat(drill.tables().get(0).rows()).extracting(r -> r.get(4)).containsExactly("60", "50");
        // 5 seated on the first meeting, 6 on the second
        assertThat(drill.tables().get(1).total()).isEqualTo(11);
    }

    @Test
    void theDrillDownsOfLearnersPartnersAndInserJeunesShowTheirRows() {
        var admin = TestActors.nationalAdmin();
        var learners = dashboards.drillDown(admin, f.campus, "LEARNERS_REACHED", 2024, List.of());
        assertThat(learners.tables().get(0).total()).isEqualTo(3);
        assertThat(learners.arithmetic()).isEqualTo("Somme de la colonne « Apprenants » sur les 3 lignes : 31.");
        var partners = dashboards.drillDown(admin, f.campus, "NEW_PARTNERS", 2024, List.of());
        assertThat(partners.tables().get(0).rows()).extracting(r -> r.get(1)).containsExactly("01/01/2024", "31/12/2024");
        var employment = dashboards.drillDown(admin, f.campus, "EMPLOYMENT_RATE", 2022, List.of());
        assertThat(employment.arithmetic()).startsWith("Somme des valeurs publiées pour l’ensemble des sortants (120) ÷ 2 établissement(s) renseigné(s) = 60 %");
        assertThat(employment.tables().get(0).rows()).anySatisfy(r -> assertThat(r).containsSequence(f.uai(4)).contains("vide"));
        assertThat(employment.yearText()).isEqualTo("2022-2023");
    }

    @Test
    void aDeclaredIndicatorLinksToItsDeclarationOnlyForThoseWhoMayDeclare() throws Exception {
        String declaration = "/gestion/campus/" + f.campus + "/indicateurs/SOCIAL_NETWORKS/2024/declaration";
        // The link shows once the declaration form is served (the catalogue side of the module), never before.
        mvc.perform(get(dashboard(2024)).with(as(users, "admin")))
                .andExpect(content().string(declarationPage.served() ? containsString(declaration) : not(containsString(declaration))));
        if (declarationPage.served()) {
            mvc.perform(get(declaration).with(as(users, "admin"))).andExpect(status().isOk());
        }
        mvc.perform(get(dashboard(2024)).with(as(users, "coordination")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(declaration))));
        mvc.perform(get("/gestion/campus/" + f.campus + "/indicateurs/SOCIAL_NETWORKS/2024").with(as(users, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theIndicatorsSectionIsLinkedOnlyForThoseWhoReadEverythingOfTheCampus() throws Exception {
        UUID own = accounts.byUsername("direction").orElseThrow().campusId();
        String link = "/gestion/campus/" + own + "/indicateurs";
        mvc.perform(get("/gestion/campus/" + own + "/instances").with(as(users, "direction"))).andExpect(content().string(containsString(link)));
        mvc.perform(get("/gestion/campus/" + own + "/instances").with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(link))));
        mvc.perform(get(link).with(as(users, "partenaire"))).andExpect(status().isForbidden());
    }

    @Test
    void theRowsArePagedInSqlWhileTheArithmeticCountsThemAll() throws Exception {
        // 60 days of 2021 with one view each, then 2 more on the last day
        for (int day = 0; day < 60; day++) {
            f.pageViews(java.time.LocalDate.of(2021, 3, 1).plusDays(day), day == 59 ? 3 : 1);
        }
        String drill = "/gestion/campus/" + f.campus + "/indicateurs/SHOWCASE_VISITS/2021";
        mvc.perform(get(drill).with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Somme des affichages des 60 jour(s) listés : 62.")))
                .andExpect(content().string(containsString("Page 1 sur 2")))
                .andExpect(content().string(containsString("(60 lignes)")))
                .andExpect(content().string(containsString("page=2")));
        mvc.perform(get(drill + "?page=2").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 sur 2")))
                .andExpect(content().string(containsString("29/04/2021")))
                .andExpect(content().string(not(containsString("01/03/2021"))));
        var page2 = dashboards.drillDown(TestActors.referentOf("09"), f.campus, "SHOWCASE_VISITS", 2021, List.of(2));
        assertThat(page2.tables().get(0).rows()).hasSize(10);
    }

    static CampusDashboard.Line line(CampusDashboard.Dashboard dashboard, String code) {
        return dashboard.themes().stream().flatMap(t -> t.lines().stream()).filter(l -> l.indicator().code().equals(code)).findFirst()
                .orElseThrow();
    }
}
