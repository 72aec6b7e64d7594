package fr.passerelle.clusters.matrix;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterBranch;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.matrix.MatrixViews.Facet;
import fr.passerelle.clusters.matrix.MatrixViews.FacetValue;
import fr.passerelle.clusters.matrix.MatrixViews.Item;
import fr.passerelle.clusters.matrix.MatrixViews.Results;
import fr.passerelle.clusters.matrix.MatrixViews.Row;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row.MissingCellPolicy;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The skills matrix of a cluster on the real database: the cross search (words and facets together, counts,
 * pagination), members-only reading proved both ways, the company's validation, the stale entry, the exports and the
 * message to the companies found. Each test builds its own cluster with {@link ClusterFixtures}.
 */
@PasserelleIntegrationTest
class SkillsMatrixTest {

    /** ROME codes of the sample release the tests load. */
    static final int NAVAL_DRAUGHTSMAN = 14057;   // Dessinateur / Dessinatrice en construction navale
    static final int BOILERMAKER = 11971;         // Chaudronnier / Chaudronnière
    static final int LAY_CIRCUITS = 121613;       // Poser des circuits et équipements électriques
    static final int MAINTAIN_ELECTRICAL = 121612; // Entretenir des installations et équipements électriques
    static final String PASSWORD = "une phrase de passe de test";

    @Autowired
    SkillsMatrix matrix;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    List<ClusterSection> sections;

    Actor admin = TestActors.nationalAdmin();
    String key;
    ClusterCard cluster;
    ClusterBranch marine;
    UUID designOffice;      // « Bureau d'études … (fictive) »: draughtsman, electrical circuits, design office, naval
    UUID boilerWorks;       // boilermaker, electrical maintenance, manufacturing, aerospace and naval
    UUID unfilled;          // a member without an entry
    UUID formerMember;
    UUID outsider;
    Actor staff;
    Actor designRecruiter;
    Actor designPartner;
    Actor boilerRecruiter;
    Actor formerRecruiter;
    Actor outsiderRecruiter;
    Actor otherStaff;
    Item layCircuits;
    Item maintainElectrical;
    Item designStudies;
    Item manufacturing;
    Item naval;
    Item aerospace;

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    Actor account(String name, Role role, UUID organisation) {
        String username = name + "-" + key;
        return accounts.open(new NewAccount(username, username + "@example.fr", name + " " + key, PASSWORD, role, null, null, null, organisation));
    }

    @BeforeEach
    void aClusterWithItsMembers() {
        key = UUID.randomUUID().toString().substring(0, 8);
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Grappe matrice " + key, Sector.MOBILITY);
        marine = clusters.addBranch(admin, cluster.id(), "Marine", null);
        LocalDate since = today().minusYears(2);
        designOffice = ClusterFixtures.company(directory, "Bureau d'études Alpha " + key);
        clusters.addMember(admin, cluster.id(), designOffice, marine.id(), since, null, true);
        boilerWorks = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chaudronnerie Beta " + key, since);
        unfilled = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Gamma sans fiche " + key, since);
        formerMember = ClusterFixtures.company(directory, "Delta ancienne adhérente " + key);
        clusters.addMember(admin, cluster.id(), formerMember, null, since, today().minusMonths(1), true);
        outsider = ClusterFixtures.company(directory, "Epsilon non membre " + key);
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "52", "Autre grappe " + key, Sector.MOBILITY);

        staff = account("animation", Role.CLUSTER_STAFF, cluster.id());
        otherStaff = account("autre-animation", Role.CLUSTER_STAFF, other.id());
        designRecruiter = account("alpha", Role.COMPANY_RECRUITER, designOffice);
        designPartner = account("alpha-partenaire", Role.PARTNER_MEMBER, designOffice);
        boilerRecruiter = account("beta", Role.COMPANY_RECRUITER, boilerWorks);
        formerRecruiter = account("delta", Role.COMPANY_RECRUITER, formerMember);
        outsiderRecruiter = account("epsilon", Role.COMPANY_RECRUITER, outsider);

        layCircuits = matrix.addSkill(staff, cluster.id(), LAY_CIRCUITS);
        maintainElectrical = matrix.addSkill(staff, cluster.id(), MAINTAIN_ELECTRICAL);
        designStudies = matrix.addItem(staff, cluster.id(), MatrixAxis.ACTIVITY, "Bureau d'études");
        manufacturing = matrix.addItem(staff, cluster.id(), MatrixAxis.ACTIVITY, "Fabrication");
        naval = matrix.addItem(staff, cluster.id(), MatrixAxis.MARKET, "Naval");
        aerospace = matrix.addItem(staff, cluster.id(), MatrixAxis.MARKET, "Aéronautique");

        matrix.fill(staff, cluster.id(), designOffice, null, List.of(NAVAL_DRAUGHTSMAN), List.of(layCircuits.id()), List.of(designStudies.id()),
                List.of(naval.id()));
        matrix.fill(staff, cluster.id(), boilerWorks, null, List.of(BOILERMAKER), List.of(maintainElectrical.id()), List.of(manufacturing.id()),
                List.of(aerospace.id(), naval.id()));
    }

    MatrixQuery query(String text) {
        return new MatrixQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1);
    }

    static List<String> names(Results results) {
        return results.rows().stream().map(Row::name).map(SkillsMatrixTest::withoutFixtureSuffix).toList();
    }

    /** The fixtures end each organisation's name with a unique suffix. */
    static String withoutFixtureSuffix(String name) {
        return name.replaceAll(" [0-9a-f-]{36}$", "");
    }

    static FacetValue value(Results results, String facet, String label) {
        Facet found = results.facets().stream().filter(f -> f.parameter().equals(facet)).findFirst().orElseThrow();
        return found.values().stream().filter(v -> v.label().equals(label)).findFirst().orElse(null);
    }

    // --- cross search

    @Test
    void aDesignOfficeInElectricalEngineeringForTheNavalSectorIsFoundInOneSearch() {
        Results results = matrix.search(staff, cluster.id(), query("un bureau d'études … électrique … secteur naval"));

        assertThat(names(results)).containsExactly("Bureau d'études Alpha " + key);
        Row row = results.rows().get(0);
        assertThat(row.jobTitles()).containsExactly("Dessinateur / Dessinatrice en construction navale");
        assertThat(row.skills()).containsExactly("Poser des circuits et équipements électriques");
        assertThat(row.activities()).containsExactly("Bureau d'études");
        assertThat(row.markets()).containsExactly("Naval");
        assertThat(row.branch()).isEqualTo("Marine");
    }

    @Test
    void wordsMatchJobTitlesAndCompanyNamesToo() {
        assertThat(names(matrix.search(staff, cluster.id(), query("chaudronnier")))).containsExactly("Chaudronnerie Beta " + key);
        assertThat(names(matrix.search(staff, cluster.id(), query("gamma")))).containsExactly("Gamma sans fiche " + key);
        assertThat(names(matrix.search(staff, cluster.id(), query("nucléaire")))).isEmpty();
    }

    @Test
    void facetsCombineAcrossAxesAndAddUpWithinOne() {
        var navalOnly = new MatrixQuery("", Set.of(), Set.of(), Set.of(), Set.of(naval.id()), Set.of(), Set.of(), 1);
        assertThat(names(matrix.search(staff, cluster.id(), navalOnly))).containsExactly("Bureau d'études Alpha " + key, "Chaudronnerie Beta " + key);

        var navalAndManufacturing = new MatrixQuery("", Set.of(), Set.of(), Set.of(manufacturing.id()), Set.of(naval.id()), Set.of(), Set.of(), 1);
        Results crossed = matrix.search(staff, cluster.id(), navalAndManufacturing);
        assertThat(names(crossed)).containsExactly("Chaudronnerie Beta " + key);
        // Counts: each facet without its own filter — ticking « Bureau d'études » too would add one company.
        assertThat(value(crossed, "activity", "Bureau d'études").count()).isEqualTo(1);
        assertThat(value(crossed, "activity", "Fabrication").count()).isEqualTo(1);
        assertThat(value(crossed, "activity", "Fabrication").selected()).isTrue();
        assertThat(value(crossed, "market", "Naval").count()).isEqualTo(1);
        assertThat(value(crossed, "market", "Aéronautique").count()).isEqualTo(1);
        assertThat(value(crossed, "job", "Chaudronnier / Chaudronnière").count()).isEqualTo(1);
        assertThat(value(crossed, "job", "Dessinateur / Dessinatrice en construction navale")).isNull();

        var eitherActivity = new MatrixQuery("", Set.of(), Set.of(), Set.of(manufacturing.id(), designStudies.id()), Set.of(naval.id()), Set.of(),
                Set.of(), 1);
        assertThat(matrix.search(staff, cluster.id(), eitherActivity).total()).isEqualTo(2);

        var byTradeAndBranch = new MatrixQuery("", Set.of(NAVAL_DRAUGHTSMAN, BOILERMAKER), Set.of(), Set.of(), Set.of(), Set.of(marine.id()), Set.of(), 1);
        assertThat(names(matrix.search(staff, cluster.id(), byTradeAndBranch))).containsExactly("Bureau d'études Alpha " + key);
    }

    @Test
    void theSearchListsActiveMembersOnlyWithTheStateOfTheirEntry() {
        Results all = matrix.search(staff, cluster.id(), MatrixQuery.all());
        assertThat(names(all)).containsExactly("Bureau d'études Alpha " + key, "Chaudronnerie Beta " + key, "Gamma sans fiche " + key);
        assertThat(value(all, "state", "Non renseignée").count()).isEqualTo(1);
        assertThat(value(all, "state", "À valider par l’entreprise").count()).isEqualTo(2);

        var notFilled = new MatrixQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(MatrixState.NOT_FILLED), 1);
        assertThat(names(matrix.search(staff, cluster.id(), notFilled))).containsExactly("Gamma sans fiche " + key);
    }

    @Test
    void resultsArePaginatedInSql() {
        for (int i = 0; i < 20; i++) {
            ClusterFixtures.memberCompany(directory, clusters, cluster.id(), String.format("Zeta %02d %s", i, key), today().minusYears(1));
        }
        Results first = matrix.search(staff, cluster.id(), MatrixQuery.all());
        assertThat(first.total()).isEqualTo(23);
        assertThat(first.rows()).hasSize(MatrixSearch.PAGE_SIZE);
        assertThat(first.pages()).isEqualTo(2);
        Results second = matrix.search(staff, cluster.id(), new MatrixQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 2));
        assertThat(names(second)).containsExactly("Zeta 17 " + key, "Zeta 18 " + key, "Zeta 19 " + key);
        assertThat(second.total()).isEqualTo(23);
    }

    // --- members only, both ways

    @Test
    void theMatrixIsReadByTheClusterStaffAndTheActiveMembersPeopleOnly() throws Exception {
        String page = MatrixController.base(cluster.id()) + "?q=naval";
        assertThat(status(page, staff)).isEqualTo(200);
        assertThat(status(page, designRecruiter)).isEqualTo(200);
        assertThat(status(page, designPartner)).isEqualTo(200);
        assertThat(status(page, boilerRecruiter)).isEqualTo(200);
        assertThat(status(page, outsiderRecruiter)).as("a company that is not a member").isEqualTo(403);
        assertThat(status(page, formerRecruiter)).as("a company whose membership ended").isEqualTo(403);
        assertThat(status(page, otherStaff)).as("the staff of another cluster").isEqualTo(403);
        var anonymous = mvc.perform(get(page)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/connexion");

        String entry = MatrixController.base(cluster.id()) + "/entreprises/" + boilerWorks;
        assertThat(status(entry, designRecruiter)).isEqualTo(200);
        assertThat(status(entry, formerRecruiter)).isEqualTo(403);
        assertThat(status(entry, otherStaff)).isEqualTo(403);
        assertThat(status(MatrixController.base(cluster.id()) + "/entreprises/" + outsider, staff)).as("not a member: no entry").isEqualTo(404);

        assertThatThrownBy(() -> matrix.search(formerRecruiter, cluster.id(), MatrixQuery.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.search(null, cluster.id(), MatrixQuery.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyThoseWhoRunTheClusterKeepItsListsFillEntriesExportAndWrite() throws Exception {
        String base = MatrixController.base(cluster.id());
        assertThat(status(base + "/listes", staff)).isEqualTo(200);
        assertThat(status(base + "/listes", designRecruiter)).isEqualTo(403);
        assertThat(status(base + "/listes", otherStaff)).isEqualTo(403);
        assertThat(status(base + "/export.xlsx", designRecruiter)).isEqualTo(403);
        assertThat(status(base + "/export.csv", otherStaff)).isEqualTo(403);
        assertThat(status(base + "/message", designRecruiter)).isEqualTo(403);
        assertThat(mvc.perform(post(base + "/entreprises/" + designOffice).param("market", naval.id().toString()).param("version", "0")
                .with(as(users, designRecruiter.username())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(base + "/listes/marches").param("label", "Nucléaire").with(as(users, otherStaff.username())).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThatThrownBy(() -> matrix.addItem(designRecruiter, cluster.id(), MatrixAxis.MARKET, "Nucléaire")).isInstanceOf(AccessDeniedException.class);
    }

    int status(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(as(users, actor.username()))).andReturn().getResponse().getStatus();
    }

    // --- validation by the company

    @Test
    void theCompanyValidatesItsEntryAndTheDateAndWhoAreKept() {
        var entry = matrix.entry(designRecruiter, cluster.id(), designOffice);
        assertThat(entry.state()).isEqualTo(MatrixState.TO_VALIDATE);

        var validated = matrix.validate(designRecruiter, cluster.id(), designOffice, entry.version());

        assertThat(validated.state()).isEqualTo(MatrixState.UP_TO_DATE);
        assertThat(validated.validatedAt()).isEqualTo(Instant.now(clock).truncatedTo(ChronoUnit.MICROS).isAfter(validated.validatedAt())
                ? validated.validatedAt() : validated.validatedAt());
        assertThat(validated.validatedAt()).isBetween(Instant.now(clock).minusSeconds(60), Instant.now(clock).plusSeconds(1));
        assertThat(validated.validatedBy()).isEqualTo(designRecruiter.displayName());
        assertThat(audit.history(SkillsMatrix.AUDITED_ENTRY, jdbc.sql("select id from cluster_matrix_entry where organisation_id = :o")
                .param("o", designOffice).query(UUID.class).single())).extracting(AuditTrail.Entry::action).contains("CREATION", "VALIDATION");
        assertThatThrownBy(() -> matrix.validate(designRecruiter, cluster.id(), designOffice, entry.version()))
                .as("a stale version").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void nobodyButTheCompanysPeopleValidatesItsEntry() {
        long version = matrix.entry(staff, cluster.id(), designOffice).version();
        assertThatThrownBy(() -> matrix.validate(boilerRecruiter, cluster.id(), designOffice, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.validate(staff, cluster.id(), designOffice, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.validate(formerRecruiter, cluster.id(), formerMember, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCompanyAsksACorrectionAndTheStaffsChangeAnswersIt() {
        long version = matrix.entry(designRecruiter, cluster.id(), designOffice).version();
        assertThatThrownBy(() -> matrix.requestCorrection(designRecruiter, cluster.id(), designOffice, version, " "))
                .isInstanceOf(BusinessRuleException.class);
        var asked = matrix.requestCorrection(designRecruiter, cluster.id(), designOffice, version, "Nous travaillons aussi pour l'aéronautique.");
        assertThat(asked.state()).isEqualTo(MatrixState.CORRECTION_REQUESTED);
        assertThat(asked.correctionComment()).isEqualTo("Nous travaillons aussi pour l'aéronautique.");

        var corrected = matrix.fill(staff, cluster.id(), designOffice, asked.version(), List.of(NAVAL_DRAUGHTSMAN), List.of(layCircuits.id()),
                List.of(designStudies.id()), List.of(naval.id(), aerospace.id()));
        assertThat(corrected.state()).isEqualTo(MatrixState.TO_VALIDATE);
        assertThat(corrected.correctionComment()).isNull();
        assertThat(corrected.markets()).containsExactlyInAnyOrder(naval.id(), aerospace.id());
        assertThatThrownBy(() -> matrix.fill(staff, cluster.id(), designOffice, asked.version(), List.of(), List.of(), List.of(), List.of(naval.id())))
                .as("a stale version").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theCompanyValidatesThroughItsPage() throws Exception {
        long version = matrix.entry(staff, cluster.id(), designOffice).version();
        var response = mvc.perform(post(MatrixController.base(cluster.id()) + "/entreprises/" + designOffice + "/validation")
                .param("version", String.valueOf(version)).with(as(users, designPartner.username())).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(matrix.entry(staff, cluster.id(), designOffice).validatedBy()).isEqualTo(designPartner.displayName());
        String page = mvc.perform(get(MatrixController.base(cluster.id()) + "/entreprises/" + designOffice).with(as(users, designRecruiter.username())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Validée et à jour", "Dernière validation par l’entreprise");
    }

    // --- staleness

    @Test
    void anEntryValidatedLongerAgoThanTheRefreshPeriodSaysItIsToBeUpdated() throws Exception {
        long version = matrix.entry(designRecruiter, cluster.id(), designOffice).version();
        matrix.validate(designRecruiter, cluster.id(), designOffice, version);
        Instant longAgo = today().minusMonths(13).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        jdbc.sql("update cluster_matrix_entry set filled_at = :filled, validated_at = :validated where organisation_id = :o")
                .param("filled", Timestamp.from(longAgo.minusSeconds(3600))).param("validated", Timestamp.from(longAgo)).param("o", designOffice).update();

        var entry = matrix.entry(staff, cluster.id(), designOffice);
        assertThat(entry.state()).isEqualTo(MatrixState.STALE);
        assertThat(entry.stale()).isTrue();
        Results results = matrix.search(staff, cluster.id(), MatrixQuery.all());
        assertThat(results.rows().get(0).state()).isEqualTo(MatrixState.STALE);
        assertThat(value(results, "state", "À mettre à jour").count()).isEqualTo(1);
        assertThat(matrix.summary(cluster.id())).containsExactly(2, 1);

        String list = mvc.perform(get(MatrixController.base(cluster.id())).with(as(users, boilerRecruiter.username())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("À mettre à jour");
    }

    @Test
    void theSectionOfTheClusterPageCountsEntriesForReadersOnly() {
        MatrixSection section = sections.stream().filter(MatrixSection.class::isInstance).map(MatrixSection.class::cast).findFirst().orElseThrow();
        var shown = section.section(staff, cluster, ClusterAccess.STAFF).orElseThrow();
        assertThat(shown.title()).isEqualTo("Matrice de compétences");
        assertThat(shown.summary()).isEqualTo("2 entreprises renseignées, 0 à mettre à jour");
        assertThat(shown.path()).isEqualTo("/gestion/clusters/" + cluster.id() + "/matrice");
        assertThat(section.section(designRecruiter, cluster, ClusterAccess.MEMBER)).isPresent();
        assertThat(section.section(outsiderRecruiter, cluster, ClusterAccess.PUBLIC)).isEmpty();
    }

    // --- the cluster's lists

    @Test
    void removingAValueInUseTakesItOutOfTheEntriesThatTickIt() throws Exception {
        assertThat(matrix.uses(staff, cluster.id(), naval.id())).isEqualTo(2);
        String lists = mvc.perform(get(MatrixController.base(cluster.id()) + "/listes").with(as(users, staff.username())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(lists).contains("Elle sera aussi retirée des 2 fiches qui la cochent.");
        long before = matrix.entry(staff, cluster.id(), boilerWorks).version();

        assertThat(matrix.remove(staff, cluster.id(), naval.id())).isEqualTo(2);

        var entry = matrix.entry(staff, cluster.id(), boilerWorks);
        assertThat(entry.markets()).containsExactly(aerospace.id());
        assertThat(entry.version()).isGreaterThan(before);
        assertThat(matrix.axes(staff, cluster.id()).markets()).extracting(Item::label).containsExactly("Aéronautique");
        assertThatThrownBy(() -> matrix.addSkill(staff, cluster.id(), LAY_CIRCUITS)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> matrix.addItem(staff, cluster.id(), MatrixAxis.ACTIVITY, "fabrication")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void valuesAreKeptInTheClustersOrder() {
        matrix.move(staff, cluster.id(), aerospace.id(), true);
        assertThat(matrix.axes(staff, cluster.id()).markets()).extracting(Item::label).containsExactly("Aéronautique", "Naval");
    }

    // --- exports and messages

    @Test
    void theExportOfASearchListsEachCompanyWithItsFourAxes() throws Exception {
        String base = MatrixController.base(cluster.id());
        byte[] xlsx = mvc.perform(get(base + "/export.xlsx").param("market", naval.id().toString()).with(as(users, staff.username())))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Entreprise");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).startsWith("Bureau d'études Alpha " + key);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Dessinateur / Dessinatrice en construction navale");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Poser des circuits et équipements électriques");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Bureau d'études");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Naval");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Naval, Aéronautique");
            assertThat(first.getCell(7, MissingCellPolicy.RETURN_BLANK_AS_NULL)).as("never validated").isNull();
        }
        String csv = mvc.perform(get(base + "/export.csv").param("q", "chaudronnier").with(as(users, staff.username())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Entreprise;Sous-cluster;Métiers", "Chaudronnerie Beta " + key, "Chaudronnier / Chaudronnière",
                "Entretenir des installations et équipements électriques").doesNotContain("Alpha");
    }

    @Test
    void aMessageReachesThePeopleOfTheCompaniesFoundAndNobodyElse() throws Exception {
        var aerospaceOnly = new MatrixQuery("", Set.of(), Set.of(), Set.of(), Set.of(aerospace.id()), Set.of(), Set.of(), 1);
        assertThat(matrix.audience(staff, cluster.id(), aerospaceOnly)).isEqualTo(new MatrixViews.Audience(1, 1));
        var navalOnly = new MatrixQuery("", Set.of(), Set.of(), Set.of(), Set.of(naval.id()), Set.of(), Set.of(), 1);
        String form = mvc.perform(get(navalOnly.url(MatrixController.base(cluster.id()) + "/message", 1)).with(as(users, staff.username())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("La recherche trouve 2 entreprises ; 3 personnes", "Envoyer ce message à 3 personnes de 2 entreprises ?");

        var response = mvc.perform(post(MatrixController.base(cluster.id()) + "/message").param("market", naval.id().toString())
                .param("subject", "Appel d'offres naval").param("text", "Un donneur d'ordre cherche des partenaires.")
                .with(as(users, staff.username())).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(notifications.unreadCount(designRecruiter.accountId())).isEqualTo(1);
        assertThat(notifications.unreadCount(designPartner.accountId())).isEqualTo(1);
        assertThat(notifications.unreadCount(boilerRecruiter.accountId())).isEqualTo(1);
        assertThat(notifications.unreadCount(formerRecruiter.accountId())).isZero();
        assertThat(notifications.unreadCount(outsiderRecruiter.accountId())).isZero();
        assertThat(notifications.unreadCount(staff.accountId())).isZero();
        assertThat(audit.history(SkillsMatrix.AUDITED_MATRIX, cluster.id())).extracting(AuditTrail.Entry::summary)
                .contains("Message « Appel d'offres naval » envoyé à 3 personnes de 2 entreprises");
    }
}
