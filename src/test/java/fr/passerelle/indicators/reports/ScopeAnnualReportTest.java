package fr.passerelle.indicators.reports;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import fr.passerelle.indicators.ConsolidatedIndicators.Scope;
import fr.passerelle.indicators.Theme;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual report of a région, an académie and the nation, read back from its PDF and XLSX: consolidated values over
 * four years with the rule and the campuses that gave one, then each campus's value; who may download it. The fixture
 * campuses are in La Réunion (04, académie 28), a région no other test and no demo campus uses, so its sums are known.
 */
@PasserelleIntegrationTest
class ScopeAnnualReportTest {

    static final String REUNION = "04";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampusRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScopeAnnualReport reports;
    @Autowired
    fr.passerelle.indicators.ConsolidatedIndicators consolidated;

    static String first;
    static String second;

    @BeforeEach
    void twoCampusesOfLaReunionWithTheirSteeringMeetings() {
        if (first != null) {
            return;
        }
        first = "Campus réunionnais de l’océan " + UUID.randomUUID().toString().substring(0, 6);
        second = "Campus réunionnais du volcan " + UUID.randomUUID().toString().substring(0, 6);
        UUID a = campus(first);
        UUID b = campus(second);
        // First: 2 meetings in 2024 (and one cancelled), 1 in 2023, 1 in 2021; second: 1 in 2024. 2024: 3, 2023: 1, 2022: 0, 2021: 1.
        UUID steeringA = body(a);
        meeting(steeringA, LocalDateTime.of(2024, 2, 6, 14, 0), false);
        meeting(steeringA, LocalDateTime.of(2024, 10, 8, 14, 0), false);
        meeting(steeringA, LocalDateTime.of(2024, 6, 4, 14, 0), true);
        meeting(steeringA, LocalDateTime.of(2023, 3, 7, 14, 0), false);
        meeting(steeringA, LocalDateTime.of(2021, 3, 9, 14, 0), false);
        meeting(body(b), LocalDateTime.of(2024, 5, 14, 14, 0), false);
        // The reports read the consolidated facts: recomputed here rather than by the minute's refresh.
        consolidated.refresh(TestActors.nationalAdmin());
    }

    private UUID campus(String name) {
        var identity = new CampusIdentity(name, Sector.DIGITAL, REUNION, "28", null, null, null, null, null, LabelCategory.STANDARD,
                LabelStatus.APPLICANT, null, null, null, null, null, null, null, null);
        return registry.create(TestActors.nationalAdmin(), identity).id();
    }

    private UUID body(UUID campus) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governing_body (id, campus_id, kind, name, created_at) values (:id, :campus, 'STEERING', 'COPIL', now())")
                .param("id", id).param("campus", campus).update();
        return id;
    }

    private void meeting(UUID body, LocalDateTime startsAt, boolean cancelled) {
        jdbc.sql("""
                insert into meeting (id, body_id, starts_at, ends_at, cancelled_at, cancellation_reason)
                values (:id, :body, :starts, :ends, case when :cancelled then now() end, case when :cancelled then 'Report' end)""")
                .param("id", UUID.randomUUID()).param("body", body).param("starts", startsAt).param("ends", startsAt.plusHours(2))
                .param("cancelled", cancelled).update();
    }

    private static String text(byte[] pdf) throws Exception {
        return ReportRenderersTest.text(pdf).replaceAll("[\\s\\u00A0]+", " ");
    }

    @Test
    void theRegionsReportPrintsTheConsolidatedValuesOverFourYearsThenEachCampus() throws Exception {
        byte[] xlsx = mvc.perform(get("/gestion/tableaux-de-bord/regions/" + REUNION + "/rapport/2024.xlsx").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("rapport-annuel-2024-region-04.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(CampusAnnualReportTest.cells(workbook.getSheet("Contexte")))
                    .contains("Année | 2024", "Thèmes | Les cinq thèmes")
                    .anySatisfy(row -> assertThat(row).contains("Région La Réunion"))
                    .anySatisfy(row -> assertThat(row).startsWith("Fraîcheur | Chiffres consolidés le ")
                            .endsWith("(recalculés chaque minute pour les deux dernières années, chaque nuit pour les précédentes)."));
            Sheet governance = workbook.getSheet("Gouvernance du CMQ");
            assertThat(CampusAnnualReportTest.cells(governance))
                    .contains("Indicateur | Unité | Consolidation | 2021 | 2022 | 2023 | 2024 | Campus renseignés en 2024")
                    .anySatisfy(row -> assertThat(row).startsWith("Nombre de réunions de COPIL | ").endsWith("somme des campus | 1 | 0 | 1 | 3 | 2 sur 2"));
            Sheet campuses = workbook.getSheet("Campus — Gouvernance du CMQ");
            assertThat(campuses).as("the sheet of each campus's governance values").isNotNull();
            List<String> rows = CampusAnnualReportTest.cells(campuses);
            String headers = rows.stream().filter(row -> row.startsWith("Campus | ")).findFirst().orElseThrow();
            int meetings = List.of(headers.split(" \\| ")).indexOf("Nombre de réunions de COPIL (nombre)");
            assertThat(meetings).isPositive();
            List<String> firstRow = new ArrayList<>(List.of(CampusAnnualReportTest.rowStarting(campuses, first).getCell(meetings).toString()));
            assertThat(firstRow).containsExactly("2.0");
            assertThat(CampusAnnualReportTest.rowStarting(campuses, second).getCell(meetings).toString()).isEqualTo("1.0");
        }
    }

    @Test
    void thePdfOfAnAcademyPrintsItsScopeFiltersAndCampusesOnOneTheme() throws Exception {
        byte[] pdf = mvc.perform(get("/gestion/tableaux-de-bord/academies/28/rapport/2024.pdf").param("theme", "GOVERNANCE").with(as(users, "admin")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Rapport annuel 2024", "La Réunion", "Thèmes : Gouvernance du CMQ", "Données arrêtées au",
                "Nombre de réunions de COPIL", "somme des campus", "2 sur 2", "Campus — Gouvernance du CMQ", "Valeur de chaque campus en 2024",
                "Page 1 sur").doesNotContain("Innovation");
        // Campus names may wrap in their cell: the letters of each, in order, are there.
        String joined = text(pdf).replace(" ", "");
        assertThat(joined).contains(first.replace(" ", ""), second.replace(" ", ""));
    }

    @Test
    void eachReaderDownloadsTheReportsOfTheScopesTheyMayReadOnly() throws Exception {
        mvc.perform(get("/gestion/tableaux-de-bord/rapport/2024.pdf").with(as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/tableaux-de-bord/rapport/2024.xlsx").with(as(users, "coordination"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/tableaux-de-bord/regions/32/rapport/2024.pdf").with(as(users, "coordination"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/tableaux-de-bord/regions/" + REUNION + "/rapport/2024.pdf").with(as(users, "coordination")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gestion/tableaux-de-bord/academies/09/rapport/2024.xlsx").with(as(users, "referent"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/tableaux-de-bord/academies/20/rapport/2024.xlsx").with(as(users, "referent"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/tableaux-de-bord/regions/32/rapport/2024.pdf").with(as(users, "direction"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/tableaux-de-bord/regions/32/rapport/2024.pdf")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/connexion")));
        mvc.perform(get("/gestion/tableaux-de-bord/regions/99/rapport/2024.pdf").with(as(users, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/gestion/tableaux-de-bord/rapport/2024.docx").with(as(users, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/gestion/tableaux-de-bord/rapport/2024.pdf").param("theme", "NOPE").with(as(users, "admin")))
                .andExpect(status().isBadRequest());
        assertThatThrownBy(() -> reports.build(TestActors.coordinatorOf("32"), Scope.region(REUNION), 2024, Theme.GOVERNANCE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(text(ReportPdf.render(reports.build(TestActors.coordinatorOf(REUNION), Scope.region(REUNION), 2024, null))))
                .contains(first, second);
    }

    @Test
    void theDashboardLinksItsReportForTheYearAndThemeShown() throws Exception {
        String page = mvc.perform(get("/gestion/tableaux-de-bord/regions/32").param("annee", "2024").param("theme", "INNOVATION")
                        .with(as(users, "coordination")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/gestion/tableaux-de-bord/regions/32/rapport/2024.pdf?theme=INNOVATION",
                "/gestion/tableaux-de-bord/regions/32/rapport/2024.xlsx?theme=INNOVATION");
    }
}
