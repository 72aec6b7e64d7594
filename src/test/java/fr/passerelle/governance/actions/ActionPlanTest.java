package fr.passerelle.governance.actions;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.ActionDetails.Reach;
import fr.passerelle.governance.calendar.CalendarSource;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PasserelleIntegrationTest
class ActionPlanTest {

    /** The campuses of the demo data (the first column of its CSV), apart from those other tests create. */
    static final java.util.Set<String> DEMO_CAMPUS_NAMES = demoCampusNames();

    private static java.util.Set<String> demoCampusNames() {
        try (var in = ActionPlanTest.class.getResourceAsStream("/demo/campuses.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.substring(0, l.indexOf(';'))).collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Directory directory;
    @Autowired
    CampusActions actions;
    @Autowired
    AuditTrail audit;
    @Autowired
    List<CalendarSource> calendarSources;
    @Autowired
    java.time.Clock clock;

    private UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    private UUID partner(UUID campus) {
        return accounts.byUsername("partenaire").orElseThrow().organisationId();
    }

    /** The form of a done fair reaching 100 learners and 8 teachers; {@code overrides} are name, value pairs that replace fields. */
    private MockHttpServletRequestBuilder form(UUID campus, int year, String title, String... overrides) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.putAll(Map.of("version", "0", "year", Integer.toString(year), "type", "FAIR", "title", title, "status", "DONE",
                "startsOn", year + "-03-12", "endsOn", year + "-03-13", "place", "Lycée support", "visibility", "PUBLIC",
                "partnerIds", partner(campus).toString()));
        fields.putAll(Map.of("l-LYCEE-girls", "40", "l-LYCEE-boys", "35", "l-COLLEGE-unspecified", "20", "l-APPRENTICES-boys", "5",
                "teachers", "8", "cost", "1 250,50", "funding", "financeur:REGION"));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/gestion/campus/" + campus + "/actions");
        fields.forEach(request::param);
        return request;
    }

    private ActionDetails details(int year, String title, Visibility visibility) {
        return new ActionDetails(year, ActionCodes.Type.COMPANY_VISIT, title, null, ActionCodes.Status.PLANNED, null,
                LocalDate.of(year, 5, 4), null, null, visibility, Set.of(), Map.of(ActionCodes.Audience.LYCEE, new Reach(3, 4, 0)), 1,
                new BigDecimal("100"), null, null);
    }

    @Test
    void theDirectorRecordsAnActionWithLearnersReachedAndSeesTheYearsTotals() throws Exception {
        UUID campus = campus();
        int year = 2035;
        mvc.perform(form(campus, year, "Forum des métiers 2035").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "L’action « Forum des métiers 2035 » est enregistrée."));
        actions.add(campus, details(year, "Visite d’usine", Visibility.PARTNERS));

        var plan = actions.plan(campus, year);
        assertThat(plan).extracting(a -> a.details().title()).containsExactly("Forum des métiers 2035", "Visite d’usine");
        var forum = plan.get(0);
        assertThat(forum.details().learners()).containsEntry(ActionCodes.Audience.LYCEE, new Reach(40, 35, 0))
                .containsEntry(ActionCodes.Audience.COLLEGE, new Reach(0, 0, 20)).hasSize(3);
        assertThat(forum.details().cost()).isEqualByComparingTo("1250.50");
        assertThat(forum.partners()).extracting(CampusActions.PartnerRef::id).containsExactly(partner(campus));
        var totals = CampusActions.Totals.of(plan);
        assertThat(totals.learners()).isEqualTo(new Reach(43, 44, 20));
        assertThat(totals.teachers()).isEqualTo(9);

        mvc.perform(get("/gestion/campus/" + campus + "/actions").param("annee", "2035").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"total-learners\">107<")))
                .andExpect(content().string(containsString("id=\"total-teachers\">9<")))
                .andExpect(content().string(containsString("350,50")))
                .andExpect(content().string(containsString("Forum des métiers 2035")));
        mvc.perform(get("/gestion/campus/" + campus + "/actions").param("annee", "2035").param("statut", "PLANNED").with(as(users, "direction")))
                .andExpect(content().string(containsString("id=\"total-learners\">7<")))
                .andExpect(content().string(not(containsString("Forum des métiers 2035"))));
        mvc.perform(get("/gestion/campus/" + campus + "/actions/" + forum.id()).with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"action-learners-total\">100<")))
                .andExpect(content().string(containsString("Région")))
                .andExpect(content().string(not(containsString("id=\"edit-action\""))));
        assertThat(audit.history("campus", campus)).filteredOn(e -> e.action().equals("ACTION_AJOUTEE"))
                .anySatisfy(e -> {
                    assertThat(e.summary()).isEqualTo("Plan d’actions 2035 : action « Forum des métiers 2035 » ajoutée");
                    assertThat(e.changes()).contains(new AuditTrail.Change("Apprenants touchés", null,
                            "Collégiens : 0 F, 0 G, 20 non précisé ; Lycéens : 40 F, 35 G, 0 non précisé ; Apprentis : 0 F, 5 G, 0 non précisé"));
                });
    }

    @Test
    void badInputIsRefusedWithAFrenchMessagePerFieldAndWhatWasTypedKept() throws Exception {
        UUID campus = campus();
        UUID stranger = registry.all().stream().filter(c -> !c.id().equals(campus))
                .flatMap(c -> directory.partnersOf(c.id()).stream()).map(p -> p.organisation().id())
                .filter(o -> directory.partnersOf(campus).stream().noneMatch(p -> p.organisation().id().equals(o))).findFirst().orElseThrow();
        String strangerName = directory.organisation(stranger).orElseThrow().name();
        mvc.perform(form(campus, 2036, "Salon mal saisi", "cost", "-200", "startsOn", "2036-04-10", "endsOn", "2036-04-01",
                        "status", "ABANDONED", "partnerIds", stranger.toString(), "l-STUDENTS-girls", "-3")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le coût ne peut être négatif.")))
                .andExpect(content().string(containsString("La date de fin (01/04/2036) précède la date de début (10/04/2036).")))
                .andExpect(content().string(containsString("Indiquez la cause de l’abandon.")))
                .andExpect(content().string(containsString("n’est pas partenaire du campus")))
                .andExpect(content().string(containsString("ne peut être négatif (« -3 »)")))
                .andExpect(content().string(containsString("id=\"l-STUDENTS-girls-error\"")))
                .andExpect(content().string(containsString("value=\"Salon mal saisi\"")))
                .andExpect(content().string(containsString("value=\"-200\"")))
                .andExpect(content().string(containsString("value=\"40\"")));
        assertThat(strangerName).isNotBlank();
        mvc.perform(form(campus, 2036, "Partenaire inconnu", "partnerIds", UUID.randomUUID().toString()).with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Organisation inconnue : choisissez parmi les partenaires du campus.")));
        mvc.perform(form(campus, 2036, "", "type", "", "startsOn", "31/02/2036").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("L’intitulé de l’action est obligatoire.")))
                .andExpect(content().string(containsString("Choisissez le type d’action.")))
                .andExpect(content().string(containsString("existe pas : « 31/02/2036 »")));
        assertThat(actions.plan(campus, 2036)).isEmpty();
    }

    @Test
    void aConcurrentEditIsDetectedAndTheTypedFormKept() throws Exception {
        UUID campus = campus();
        UUID id = actions.add(campus, details(2037, "Visite initiale", Visibility.PARTNERS));
        mvc.perform(post("/gestion/campus/" + campus + "/actions/" + id).params(org.springframework.util.MultiValueMap.fromSingleValue(Map.of(
                        "version", "0", "year", "2037", "type", "COMPANY_VISIT", "title", "Visite renommée par la direction", "status", "PLANNED",
                        "visibility", "PARTNERS", "startsOn", "2037-05-04"))).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "L’action « Visite renommée par la direction » est mise à jour."));
        mvc.perform(post("/gestion/campus/" + campus + "/actions/" + id).params(org.springframework.util.MultiValueMap.fromSingleValue(Map.of(
                        "version", "0", "year", "2037", "type", "COMPANY_VISIT", "title", "Saisie périmée", "status", "PLANNED",
                        "visibility", "PARTNERS", "startsOn", "2037-05-04"))).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette action a été modifiée par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("value=\"Saisie périmée\"")));
        assertThat(actions.action(campus, id).orElseThrow().details().title()).isEqualTo("Visite renommée par la direction");
        assertThat(audit.history("campus", campus)).filteredOn(e -> e.action().equals("ACTION_MODIFIEE"))
                .anySatisfy(e -> assertThat(e.changes()).contains(
                        new AuditTrail.Change("Intitulé", "Visite initiale", "Visite renommée par la direction")));
    }

    @Test
    void abandoningAnActionRequiresItsCause() throws Exception {
        UUID campus = campus();
        UUID id = actions.add(campus, details(2038, "Concours annulé", Visibility.PUBLIC));
        mvc.perform(post("/gestion/campus/" + campus + "/actions/" + id + "/statut").param("version", "0").param("status", "ABANDONED")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez la cause de l’abandon.")));
        assertThat(actions.action(campus, id).orElseThrow().details().status()).isEqualTo(ActionCodes.Status.PLANNED);
        mvc.perform(post("/gestion/campus/" + campus + "/actions/" + id + "/statut").param("version", "0").param("status", "ABANDONED")
                        .param("abandonCause", "Entreprise d’accueil indisponible").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "L’action est désormais « abandonnée »."));
        var action = actions.action(campus, id).orElseThrow();
        assertThat(action.details().status()).isEqualTo(ActionCodes.Status.ABANDONED);
        assertThat(action.details().abandonCause()).isEqualTo("Entreprise d’accueil indisponible");
        assertThat(audit.history("campus", campus)).filteredOn(e -> e.action().equals("ACTION_MODIFIEE"))
                .anySatisfy(e -> assertThat(e.changes()).contains(new AuditTrail.Change("Statut", "Prévue", "Abandonnée")));
        assertThat(calendarSources).flatExtracting(s -> s.items(campus, LocalDate.of(2038, 1, 1), LocalDate.of(2038, 12, 31)))
                .extracting(i -> i.uid()).doesNotContain("action-" + id + "@passerelle");
    }

    @Test
    void onlyThoseWhoRunTheCampusChangeItsActionPlan() throws Exception {
        UUID campus = campus();
        UUID id = actions.add(campus, details(2039, "Action protégée", Visibility.PUBLIC));
        UUID other = registry.all().stream().filter(c -> !c.id().equals(campus)).findFirst().orElseThrow().id();
        if (accounts.byUsername("direction-autre").isEmpty()) {
            accounts.open(new NewAccount("direction-autre", "direction-autre@demo.passerelle.test", "Autre direction", "demo",
                    Role.OPERATIONAL_DIRECTOR, null, null, other, null));
        }
        for (String username : new String[] {"direction-autre", "coordination", "referent", "partenaire", "expert", "recruteur"}) {
            mvc.perform(form(campus, 2039, "Intrusion").with(as(users, username)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/gestion/campus/" + campus + "/actions/" + id + "/statut").param("version", "0").param("status", "DONE")
                    .with(as(users, username)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/gestion/campus/" + campus + "/actions/nouvelle").with(as(users, username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/gestion/campus/" + campus + "/actions").with(as(users, "direction-autre"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/campus/" + campus + "/actions").with(as(users, "expert"))).andExpect(status().isForbidden());
        // The regional coordinator oversees the plan read-only; the national administration may step in.
        mvc.perform(get("/gestion/campus/" + campus + "/actions").with(as(users, "coordination"))).andExpect(status().isOk());
        mvc.perform(form(campus, 2039, "Action de l'administration").with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(actions.plan(campus, 2039)).extracting(a -> a.details().title()).containsExactlyInAnyOrder("Action protégée", "Action de l'administration");
    }

    @Test
    void theServiceRefusesChangesToThePlanFromThoseWhoDoNotRunTheCampus() {
        UUID campus = campus();
        UUID other = registry.all().stream().map(c -> c.id()).filter(c -> !c.equals(campus)).findFirst().orElseThrow();
        var partner = fr.passerelle.governance.GovernanceFixtures.partnerMember(partner(campus), null);
        assertThatThrownBy(() -> actions.add(fr.passerelle.TestActors.directorOf(other), campus, details(2042, "Action d’un autre campus", Visibility.PUBLIC)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> actions.add(partner, campus, details(2042, "Action d’un partenaire", Visibility.PUBLIC)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        UUID id = actions.add(fr.passerelle.TestActors.directorOf(campus), campus, details(2042, "Action de la direction", Visibility.PUBLIC));
        assertThatThrownBy(() -> actions.removeEvidence(partner, campus, id, UUID.randomUUID()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(actions.plan(campus, 2042)).extracting(a -> a.details().title())
                .contains("Action de la direction").doesNotContain("Action d’un autre campus", "Action d’un partenaire");
        assertThat(actions.action(campus, id)).isPresent();
    }

    @Test
    void aPartnerMemberReadsTheActionsShownToPartnersAndCannotEditThem() throws Exception {
        UUID campus = campus();
        UUID shared = actions.add(campus, details(2040, "Visite pour les partenaires", Visibility.PARTNERS));
        actions.add(campus, details(2040, "Forum public", Visibility.PUBLIC));
        mvc.perform(get("/gestion/campus/" + campus + "/actions").param("annee", "2040").with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Visite pour les partenaires")))
                .andExpect(content().string(containsString("Forum public")))
                .andExpect(content().string(not(containsString("id=\"new-action\""))));
        mvc.perform(get("/gestion/campus/" + campus + "/actions/" + shared).with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"status-form\""))))
                .andExpect(content().string(not(containsString("id=\"evidence-form\""))));
        // The public calendar gets each action with its visibility, for the calendar to filter.
        assertThat(calendarSources).flatExtracting(s -> s.items(campus, LocalDate.of(2040, 5, 1), LocalDate.of(2040, 5, 31)))
                .filteredOn(i -> i.uid().equals("action-" + shared + "@passerelle"))
                .singleElement().satisfies(i -> {
                    assertThat(i.kind()).isEqualTo("Action");
                    assertThat(i.allDay()).isTrue();
                    assertThat(i.visibility()).isEqualTo(Visibility.PARTNERS);
                    assertThat(i.start()).isEqualTo(LocalDate.of(2040, 5, 4).atStartOfDay());
                    assertThat(i.path()).isEqualTo("/gestion/campus/" + campus + "/actions/" + shared);
                });
    }

    @Test
    void evidenceIsCheckedStoredAndDownloadedByThoseWhoReadTheAction() throws Exception {
        UUID campus = campus();
        UUID id = actions.add(campus, details(2041, "Action avec pièces", Visibility.PARTNERS));
        String path = "/gestion/campus/" + campus + "/actions/" + id + "/pieces";
        byte[] pdf = "%PDF-1.4\n% feuille d'émargement\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(path).file(new org.springframework.mock.web.MockMultipartFile("file", "emargement.pdf", "application/pdf", pdf))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La pièce « emargement.pdf » est jointe à l’action."));
        mvc.perform(multipart(path).file(new org.springframework.mock.web.MockMultipartFile("file", "photo.png", "image/png",
                        new byte[] {'M', 'Z', 0, 1, 2, 3})).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("n'est pas d'un type accepté")));
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        mvc.perform(multipart(path).file(new org.springframework.mock.web.MockMultipartFile("file", "lourd.pdf", "application/pdf", big))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", "Le fichier « lourd.pdf » pèse 11 Mo : 10 Mo au plus."));
        mvc.perform(multipart(path).file(new org.springframework.mock.web.MockMultipartFile("file", "intrus.pdf", "application/pdf", pdf))
                .with(as(users, "partenaire")).with(csrf())).andExpect(status().isForbidden());

        var evidence = actions.action(campus, id).orElseThrow().evidence();
        assertThat(evidence).extracting(CampusActions.EvidenceView::fileName).containsExactly("emargement.pdf");
        mvc.perform(get(path + "/" + evidence.get(0).id()).with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get(path + "/" + evidence.get(0).id()).with(as(users, "recruteur"))).andExpect(status().isForbidden());
        assertThat(audit.history("campus", campus)).extracting(AuditTrail.Entry::action).contains("ACTION_PIECE");
    }

    @Test
    void theActionPlanExportsAsXlsxAndCsvWithATotalsRow() throws Exception {
        UUID campus = campus();
        int year = 2042;
        mvc.perform(form(campus, year, "Forum exporté").with(as(users, "direction")).with(csrf())).andExpect(status().is3xxRedirection());
        actions.add(campus, details(year, "Visite exportée", Visibility.PARTNERS));

        byte[] xlsx = mvc.perform(get("/gestion/campus/" + campus + "/actions/plan-" + year + ".xlsx").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int lycee = column(header, "Lycéens");
            int total = column(header, "Apprenants touchés");
            int girls = column(header, "Filles ou femmes");
            int cost = column(header, "Coût (€)");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Forum exporté");
            assertThat(sheet.getRow(1).getCell(lycee).getNumericCellValue()).isEqualTo(75);
            assertThat(sheet.getRow(1).getCell(total).getNumericCellValue()).isEqualTo(100);
            assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(year, 3, 12));
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total (2 actions)");
            assertThat(sheet.getRow(3).getCell(total).getNumericCellValue()).isEqualTo(107);
            assertThat(sheet.getRow(3).getCell(girls).getNumericCellValue()).isEqualTo(43);
            assertThat(sheet.getRow(3).getCell(cost).getNumericCellValue()).isEqualTo(1350.5);
        }

        byte[] csv = mvc.perform(get("/gestion/campus/" + campus + "/actions/plan-" + year + ".csv").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("Intitulé")).isEqualTo("Forum exporté");
        assertThat(records.get(0).get("Début")).isEqualTo("12/03/" + year);
        assertThat(records.get(0).get("Coût (€)")).isEqualTo("1250,50");
        assertThat(records.get(2).get("Apprenants touchés")).isEqualTo("107");
        assertThat(records.get(2).get("Enseignants touchés")).isEqualTo("9");
        assertThat(records.get(2).get("Coût (€)")).isEqualTo("1350,50");
    }

    @Test
    void theBudgetExportsAsXlsxAndCsvWithItsTotals() throws Exception {
        UUID campus = campus();
        int year = 2043;
        mvc.perform(post("/gestion/campus/" + campus + "/budget").param("annee", Integer.toString(year)).with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        budgetLine(campus, year, "EXPENSE", "ACTIONS", "Salon des métiers", "12 000", "11 500,50");
        budgetLine(campus, year, "RESOURCE", "REGION", "Subvention régionale", "8 000", null);

        byte[] xlsx = mvc.perform(get("/gestion/campus/" + campus + "/budget/budget-" + year + ".xlsx").with(as(users, "referent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Budget " + year);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Subvention régionale");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Salon des métiers");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(11500.5);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total des dépenses");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(12000);
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(8000);
            assertThat(sheet.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(-4000);
        }
        List<CSVRecord> records = parse(mvc.perform(get("/gestion/campus/" + campus + "/budget/budget-" + year + ".csv").with(as(users, "direction")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(records.get(1).get("Libellé")).isEqualTo("Salon des métiers");
        assertThat(records.get(1).get("Réalisé (€)")).isEqualTo("11500,50");
        assertThat(records.get(2).get("Sens")).isEqualTo("Total des dépenses");
        assertThat(records.get(2).get("Prévu (€)")).isEqualTo("12000,00");
        mvc.perform(get("/gestion/campus/" + campus + "/budget").param("annee", Integer.toString(year)).with(as(users, "direction")))
                .andExpect(content().string(containsString("budget-" + year + ".xlsx")));
        mvc.perform(get("/gestion/campus/" + campus + "/budget/budget-" + year + ".csv").with(as(users, "expert"))).andExpect(status().isForbidden());
    }

    @Test
    void everyDemoCampusHasAnActionPlanForTheCurrentYear() {
        int year = Year.now(clock).getValue();
        var demoCampuses = registry.all().stream().filter(c -> DEMO_CAMPUS_NAMES.contains(c.name())).toList();
        assertThat(demoCampuses).hasSize(DEMO_CAMPUS_NAMES.size());
        assertThat(demoCampuses).allSatisfy(c -> assertThat(actions.plan(c.id(), year)).hasSizeGreaterThanOrEqualTo(5));
        var all = demoCampuses.stream().flatMap(c -> actions.plan(c.id(), year).stream()).toList();
        assertThat(all).extracting(a -> a.details().status()).contains(ActionCodes.Status.DONE);
        assertThat(CampusActions.Totals.of(all).learners().total()).isPositive();
    }

    private void budgetLine(UUID campus, int year, String side, String category, String label, String planned, String actual) throws Exception {
        var request = post("/gestion/campus/" + campus + "/budget/" + year + "/lignes").param("version", budgetVersion(campus, year))
                .param("side", side).param("category", category).param("label", label).param("planned", planned);
        if (actual != null) {
            request.param("actual", actual);
        }
        mvc.perform(request.with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La ligne « " + label + " » est ajoutée."));
    }

    private String budgetVersion(UUID campus, int year) throws Exception {
        String page = mvc.perform(get("/gestion/campus/" + campus + "/budget").param("annee", Integer.toString(year)).with(as(users, "direction")))
                .andReturn().getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static int column(Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("No column " + name);
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        try (var reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            reader.read(); // the byte order mark
            return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }
}
