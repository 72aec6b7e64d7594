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
import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.ActionPlans;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.indicators.IndicatorDeclarations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.Spreadsheet;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual report of a campus, read back from its PDF and its XLSX: indicators by theme over four years, masked
 * values for readers who do not run the campus, the detail of the year, the self-evaluation and the actions; who may
 * download it.
 */
@PasserelleIntegrationTest
class CampusAnnualReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    IndicatorDeclarations declarations;
    @Autowired
    ActionPlans actionPlans;
    @Autowired
    CampusAnnualReport reports;
    @Autowired
    Clock clock;

    static UUID campus;
    static int year;

    @BeforeEach
    void aCampusWithDeclaredValuesAndAnAction() {
        if (campus != null) {
            return;
        }
        int year = Year.now(clock).getValue() - 1;
        var identity = new CampusIdentity("Campus du rapport annuel " + UUID.randomUUID().toString().replaceAll("[0-9-]", ""), Sector.DIGITAL, "32", "09", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null);
        UUID campus = registry.create(TestActors.nationalAdmin(), identity).id();
        var admin = TestActors.nationalAdmin();
        declarations.declare(admin, campus, "SOCIAL_NETWORKS", year - 1, Map.of("", new BigDecimal("98")), "Publications.");
        declarations.declare(admin, campus, "SOCIAL_NETWORKS", year, Map.of("", new BigDecimal("123")), "Publications.");
        // One declaration is one row: under the indicator's threshold of 5, the satisfaction is masked outside the campus.
        declarations.declare(admin, campus, "NETWORK_SATISFACTION", year, Map.of("", new BigDecimal("87")), "Enquête.");
        declarations.declare(admin, campus, "LEARNERS_BY_ROUTE", year, Map.of("SCHOOL", new BigDecimal("40"), "APPRENTICESHIP", new BigDecimal("15"),
                "CONTINUING", new BigDecimal("6")),
                "Effectifs.");
        actionPlans.add(campus, new ActionDetails(year, ActionCodes.Type.FAIR, "Forum des métiers du numérique", null, ActionCodes.Status.DONE,
                null, LocalDate.of(year, 3, 12), null, "Lille", Visibility.PUBLIC, Set.of(),
                Map.of(ActionCodes.Audience.LYCEE, new ActionDetails.Reach(10, 12, 3)), 2, null, null, null));
        CampusAnnualReportTest.year = year;
        CampusAnnualReportTest.campus = campus;
    }

    String path(String extension) {
        return "/gestion/campus/" + campus + "/indicateurs/rapport/" + year + "." + extension;
    }

    String pdfText(byte[] pdf) throws Exception {
        return ReportRenderersTest.text(pdf).replaceAll("[\\s\\u00A0]+", " ");
    }

    @Test
    void thePdfPrintsEachThemesIndicatorsOverFourYearsTheDetailTheSelfEvaluationAndTheActions() throws Exception {
        byte[] pdf = mvc.perform(get(path("pdf")).with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("rapport-annuel-" + year)))
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("Rapport annuel " + year, "Périmètre : Campus « Campus du rapport annuel", "région Hauts-de-",
                "Année : " + year, "Thèmes : Les cinq thèmes", "Données arrêtées au", "InserJeunes",
                "Gouvernance du CMQ", "Innovation", "Relation École-entreprise", "Culture et mobilité",
                "Utilisation des réseaux sociaux", "Déclaré par le campus", Integer.toString(year - 3), "98", "123",
                "Détail des valeurs " + year, "Par voie de formation", "Voie scolaire", "40", "Apprentissage", "15",
                "Auto-évaluation " + year, "pas d’auto-évaluation pour " + year,
                "Plan d’actions " + year, "Forum des métiers du numérique", "Réalisée", "25", "Page 1 sur");
        assertThat(text).as("the national administration runs every campus: real values").contains("87").doesNotContain("moins de 5");
    }

    @Test
    void aMaskedValueIsPrintedLessThanItsThresholdToReadersWhoDoNotRunTheCampusButNotToItsDirector() throws Exception {
        String coordination = pdfText(ReportPdf.render(reports.build(TestActors.coordinatorOf("32"), campus, year, Theme.GOVERNANCE)));
        assertThat(coordination).contains("moins de 5", "Thèmes : Gouvernance du CMQ", "valeurs comptées sur trop peu de réponses masquées")
                .doesNotContain("87");
        String director = pdfText(ReportPdf.render(reports.build(TestActors.directorOf(campus), campus, year, Theme.GOVERNANCE)));
        assertThat(director).contains("87", "valeurs réelles").doesNotContain("moins de 5");
        // Through the web as well: the regional coordinator of the campus's région reads the report, masked.
        byte[] xlsx = mvc.perform(get(path("xlsx")).param("theme", "GOVERNANCE").with(as(users, "coordination")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(cells(workbook.getSheet("Gouvernance du CMQ"))).anySatisfy(row ->
                    assertThat(row).startsWith("Taux de satisfaction du réseau des partenaires").endsWith("moins de 5"));
        }
    }

    @Test
    void theWorkbookHasTheContextThenOneSheetPerThemeWithHeadersAndNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get(path("xlsx")).with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Spreadsheet.XLSX_MEDIA_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).startsWith("Contexte", "Gouvernance du CMQ").contains("Innovation", "Détail des valeurs " + year,
                    "Auto-évaluation " + year, "Plan d’actions " + year);
            assertThat(cells(workbook.getSheet("Contexte"))).contains("Année | " + year, "Thèmes | Les cinq thèmes");
            Sheet governance = workbook.getSheet("Gouvernance du CMQ");
            assertThat(cells(governance).get(0)).isEqualTo("Indicateur | Unité | Source | Période | " + (year - 3) + " | " + (year - 2) + " | "
                    + (year - 1) + " | " + year);
            Row social = rowStarting(governance, "Utilisation des réseaux sociaux");
            assertThat(social.getCell(6).getNumericCellValue()).isEqualTo(98);
            assertThat(social.getCell(7).getNumericCellValue()).isEqualTo(123);
            assertThat(social.getCell(4).getStringCellValue()).isEqualTo("—");
            Row forum = rowStarting(workbook.getSheet("Plan d’actions " + year), "Forum des métiers du numérique");
            assertThat(forum.getCell(1).getStringCellValue()).isEqualTo("Réalisée");
            assertThat(forum.getCell(2).getNumericCellValue()).isEqualTo(25);
            assertThat(forum.getCell(3).getNumericCellValue()).isZero();
        }
    }

    @Test
    void theDirectorsOwnReportCarriesTheSelfEvaluationOfTheYear() throws Exception {
        UUID own = accounts.byUsername("direction").orElseThrow().campusId();
        int thisYear = Year.now(clock).getValue();
        byte[] pdf = mvc.perform(get("/gestion/campus/" + own + "/indicateurs/rapport/" + thisYear + ".pdf").with(as(users, "direction")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("Auto-évaluation " + thisYear, "Statut :", "Points forts", "Axes de progrès", "Gouvernance du CMQ");
    }

    @Test
    void anotherCampussDirectorAnExpertAndAPartnerAreRefusedAndNobodyGetsItWithoutLoggingIn() throws Exception {
        for (String extension : List.of("pdf", "xlsx")) {
            for (String who : List.of("direction", "expert", "partenaire", "recruteur")) {
                mvc.perform(get(path(extension)).with(as(users, who))).andExpect(status().isForbidden());
            }
            for (String who : List.of("admin", "coordination", "conseil-regional", "referent")) {
                mvc.perform(get(path(extension)).with(as(users, who))).andExpect(status().isOk());
            }
            mvc.perform(get(path(extension))).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/connexion")));
            mvc.perform(get(path(extension)).param("theme", "NOPE").with(as(users, "admin"))).andExpect(status().isBadRequest());
            mvc.perform(get("/gestion/campus/" + UUID.randomUUID() + "/indicateurs/rapport/" + year + "." + extension).with(as(users, "admin")))
                    .andExpect(status().isNotFound());
        }
        assertThatThrownBy(() -> reports.build(TestActors.directorOf(UUID.randomUUID()), campus, year, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDashboardLinksToTheReportOfTheYearShown() throws Exception {
        String page = mvc.perform(get("/gestion/campus/" + campus + "/indicateurs").param("annee", Integer.toString(year)).with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(path("pdf"), path("xlsx"));
    }

    static List<String> cells(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            row.forEach(cell -> values.add(switch (cell.getCellType()) {
                case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                default -> cell.getStringCellValue();
            }));
            rows.add(String.join(" | ", values));
        }
        return rows;
    }

    static Row rowStarting(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row « " + first + " » in " + sheet.getSheetName());
    }
}
