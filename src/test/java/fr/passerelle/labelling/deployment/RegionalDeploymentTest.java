package fr.passerelle.labelling.deployment;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.labelling.ApplicationQueries;
import fr.passerelle.labelling.Applications;
import fr.passerelle.labelling.LabellingFixtures;
import fr.passerelle.labelling.OpinionBody;
import fr.passerelle.labelling.PreparedProject;
import fr.passerelle.labelling.SupportMilestone;
import fr.passerelle.labelling.SupportStep;
import fr.passerelle.labelling.Verdict;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The regional deployment plan on the real database: who edits and who reads the plan of a région (across roles and
 * régions), its projects and their calendars, the real opinion dates of a linked dossier, the overdue milestones,
 * the rules on the territory, optimistic locking and the audit trail.
 */
@PasserelleIntegrationTest
class RegionalDeploymentTest {

    /** Each test works on plans of its own past year: the demo data holds the plans of the current year. */
    static final AtomicInteger YEARS_BACK = new AtomicInteger(10);

    @Autowired
    RegionalDeployment deployment;
    @Autowired
    DeploymentQueries queries;
    @Autowired
    Accounts accounts;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationQueries dossiers;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    fr.passerelle.labelling.Calls calls;

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int freshYear() {
        return today().getYear() - YEARS_BACK.incrementAndGet();
    }

    UUID projectIn(UUID plan, Actor by, int year, String name) {
        return deployment.addProject(by, plan, new PreparedProject(null, name, Sector.DIGITAL, List.of("09"), null, "59350", year, null));
    }

    @Test
    void coordinatorPreparesAProjectWhoseCalendarShowsWhatIsDoneAndWhatIsOverdue() {
        Actor coordination = actor("coordination");
        int year = freshYear();
        UUID plan = deployment.open(coordination, "32", year);
        deployment.prioritise(coordination, plan, Sector.DIGITAL, "Besoins en cybersécurité.");
        UUID project = projectIn(plan, coordination, year + 1, "Campus Cybersécurité de Lille");
        deployment.addMilestone(coordination, project, new SupportMilestone(SupportStep.DREETS_STUDY, today().minusDays(20), today().minusDays(18), null, null));
        deployment.addMilestone(coordination, project, new SupportMilestone(SupportStep.CARIF_OREF_STUDY, today().minusDays(5), null, null, null));
        deployment.addMilestone(coordination, project, new SupportMilestone(SupportStep.PARTNERS_MEETING, today().plusDays(9), null, null, null));

        var view = queries.project("32", year, project).orElseThrow();
        assertThat(view.milestones()).extracting(DeploymentQueries.MilestoneView::status)
                .containsExactly(MilestoneStatus.DONE, MilestoneStatus.OVERDUE, MilestoneStatus.PLANNED);
        assertThat(view.townName()).startsWith("Lille");
        var row = queries.projects(plan, 1).rows().get(0);
        assertThat(row.milestones()).isEqualTo(3);
        assertThat(row.done()).isEqualTo(1);
        assertThat(row.overdue()).isEqualTo(1);
        assertThat(row.nextPlannedOn()).isEqualTo(today().plusDays(9));
        assertThat(queries.mapPoints(plan)).singleElement().satisfies(p -> assertThat(p.town()).isEqualTo("Lille"));
        assertThat(audit.history(RegionalDeployment.AUDITED_PROJECT, project)).extracting(AuditTrail.Entry::action)
                .contains("PROJET_AJOUTE", "JALON_AJOUTE");
        assertThat(audit.history(RegionalDeployment.AUDITED_PLAN, plan)).extracting(AuditTrail.Entry::action)
                .contains("PLAN_OUVERT", "PRIORITE_AJOUTEE", "PROJET_AJOUTE");
    }

    @Test
    void aProjectLinkedToADossierShowsTheRealDatesOfItsRegionalOpinions() {
        UUID dossier = LabellingFixtures.submittedDossier(context, "Appel du plan de déploiement " + UUID.randomUUID(), "Campus des rivages");
        LocalDate caenDay = today().minusDays(3);
        applications.recordOpinion(actor("coordination"), dossier, dossiers.byId(dossier).orElseThrow().version(), OpinionBody.CAEN, Verdict.FAVOURABLE,
                caenDay, "Favorable.", null, null);
        Actor council = actor("conseil-regional");
        // The plan of last year prepares the dossier of this year's call (the demo data holds this year's plan).
        int year = today().getYear() - 1;
        UUID plan = deployment.open(council, "32", year);
        UUID project = deployment.addProject(council, plan, new PreparedProject(dossier, "ignoré", null, List.of(), null, null, null, null));
        deployment.addMilestone(council, project, new SupportMilestone(SupportStep.CAEN_PASSAGE, today().minusDays(10), null, null, null));
        deployment.addMilestone(council, project, new SupportMilestone(SupportStep.CREFOP_PASSAGE, today().minusDays(10), null, null, null));

        var view = queries.project("32", year, project).orElseThrow();
        assertThat(view.name()).isEqualTo("Campus des rivages");
        assertThat(view.expectedCallYear()).isEqualTo(today().getYear());
        var caen = view.milestones().stream().filter(m -> m.kind() == SupportStep.CAEN_PASSAGE).findFirst().orElseThrow();
        var crefop = view.milestones().stream().filter(m -> m.kind() == SupportStep.CREFOP_PASSAGE).findFirst().orElseThrow();
        assertThat(caen.dossierDate()).isEqualTo(caenDay);
        assertThat(caen.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(crefop.dossierDate()).isNull();
        assertThat(crefop.status()).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(queries.projects(plan, 1).rows().get(0).overdue()).isEqualTo(1);
        assertThatThrownBy(() -> deployment.addProject(council, plan, new PreparedProject(dossier, null, null, List.of(), null, null, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("déjà un projet");
    }

    @Test
    void theTerritoryOfAProjectIsThatOfItsPlansRegion() {
        Actor coordination = actor("coordination");
        int year = freshYear();
        UUID plan = deployment.open(coordination, "32", year);
        assertThatThrownBy(() -> deployment.addProject(coordination, plan,
                new PreparedProject(null, "Campus lyonnais", Sector.FOOD, List.of("09"), null, "69123", year, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("n’est pas dans la région");
        assertThatThrownBy(() -> deployment.addProject(coordination, plan,
                new PreparedProject(null, "Campus grenoblois", Sector.FOOD, List.of("08"), null, null, year, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("n’est pas de la région");
        assertThatThrownBy(() -> deployment.addProject(coordination, plan,
                new PreparedProject(null, "Campus d'hier", Sector.FOOD, List.of("09"), null, null, year - 1, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("L’appel visé");
    }

    @Test
    void aCoordinatorCannotTouchThePlanOfAnotherRegionNorAReaderEditTheirOwn() {
        int year = freshYear();
        UUID otherPlan = deployment.open(TestActors.nationalAdmin(), "84", year);
        UUID otherProject = deployment.addProject(TestActors.nationalAdmin(), otherPlan,
                new PreparedProject(null, "Campus des Alpes", Sector.TOURISM, List.of("08"), null, "38185", year, null));
        assertThatThrownBy(() -> deployment.prioritise(actor("coordination"), otherPlan, Sector.FOOD, "Non."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deployment.addMilestone(actor("conseil-regional"), otherProject,
                new SupportMilestone(SupportStep.PARTNERS_MEETING, today(), null, null, null))).isInstanceOf(AccessDeniedException.class);
        UUID ownPlan = deployment.open(actor("coordination"), "32", year);
        assertThatThrownBy(() -> deployment.prioritise(actor("referent"), ownPlan, Sector.FOOD, "Non.")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deployment.prioritise(actor("dreets"), ownPlan, Sector.FOOD, "Non.")).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.plan("84", year).orElseThrow().priorities()).isEmpty();
    }

    @Test
    void aStaleFormOfThePlanIsRefusedAndTheChangeOfTheOtherKept() {
        Actor coordination = actor("coordination");
        int year = freshYear();
        UUID plan = deployment.open(coordination, "32", year);
        long version = queries.plan("32", year).orElseThrow().version();
        deployment.revise(actor("conseil-regional"), plan, version, PlanStatus.ADOPTED, today(), "Adopté en séance plénière.");
        assertThatThrownBy(() -> deployment.revise(coordination, plan, version, PlanStatus.DRAFT, null, "Autre chose."))
                .isInstanceOf(ConcurrentEditException.class);
        var saved = queries.plan("32", year).orElseThrow();
        assertThat(saved.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(saved.comment()).isEqualTo("Adopté en séance plénière.");
        assertThat(audit.history(RegionalDeployment.AUDITED_PLAN, plan)).extracting(AuditTrail.Entry::action).contains("PLAN_MODIFIE");
    }

    @Test
    void aSupportLetterCarriesItsFileWhichTheReadersOfThePlanDownload() throws Exception {
        Actor coordination = actor("coordination");
        int year = freshYear();
        UUID plan = deployment.open(coordination, "32", year);
        UUID project = projectIn(plan, coordination, year, "Campus de la lettre");
        String base = DeploymentController.projectPath("32", year, project);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart(base + "/jalons").file(new MockMultipartFile("letter", "lettre-uimm.pdf", "application/pdf", pdf))
                        .param("version", "0").param("kind", "SUPPORT_LETTER").param("plannedOn", today().toString())
                        .param("signatory", "Président de l'UIMM").with(as(users, "coordination")).with(csrf()))
                .andReturn();
        var letter = queries.project("32", year, project).orElseThrow().milestones().get(0);
        assertThat(letter.letterName()).isEqualTo("lettre-uimm.pdf");
        String file = base + "/jalons/" + letter.id() + "/lettre";
        assertThat(mvc.perform(get(file).with(as(users, "dreets"))).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(mvc.perform(get(file).with(as(users, "direction"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        var page = mvc.perform(get(base).with(as(users, "coordination"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Lettre : lettre-uimm.pdf", "Signataire : Président de l&#39;UIMM",
                "Retirer le jalon Lettre d’accompagnement du");

        // A letter refused (not a document) leaves no milestone behind: the milestone and its file are one act.
        mvc.perform(multipart(base + "/jalons").file(new MockMultipartFile("letter", "page.html", "text/html", "<html></html>".getBytes()))
                .param("version", "0").param("kind", "SUPPORT_LETTER").param("plannedOn", today().toString())
                .param("signatory", "Présidente de région").with(as(users, "coordination")).with(csrf())).andReturn();
        assertThat(queries.project("32", year, project).orElseThrow().milestones()).hasSize(1);
    }

    @Test
    void theCalendarOfThePlanListsItsMilestones() throws Exception {
        Actor coordination = actor("coordination");
        int year = freshYear();
        UUID plan = deployment.open(coordination, "32", year);
        UUID project = projectIn(plan, coordination, year, "Campus du calendrier");
        deployment.addMilestone(coordination, project, new SupportMilestone(SupportStep.CREFOP_PASSAGE, LocalDate.of(year, 6, 12), null, null, null));
        String ics = mvc.perform(get(DeploymentController.path("32", year) + "/jalons.ics").with(as(users, "referent")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:Passage devant le Crefop — Campus du calendrier", "DTSTART;VALUE=DATE:" + year + "0612");
    }

    record Endpoint(String name, java.util.function.Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Set<String> allowed) {
    }

    @Test
    void everyDeploymentPageLetsInExactlyTheRolesWhoseRegionItIs() throws Exception {
        int year = freshYear();
        UUID own = deployment.open(actor("coordination"), "32", year);
        UUID ownProject = projectIn(own, actor("coordination"), year, "Campus des Flandres");
        UUID other = deployment.open(TestActors.nationalAdmin(), "84", year);
        UUID otherProject = deployment.addProject(TestActors.nationalAdmin(), other,
                new PreparedProject(null, "Campus du Rhône", Sector.FOOD, List.of("10"), null, "69123", year, null));
        String ownPlan = DeploymentController.path("32", year);
        String otherPlan = DeploymentController.path("84", year);
        Set<String> readers = Set.of("admin", "coordination", "conseil-regional", "referent", "dreets");
        Set<String> editors = Set.of("admin", "coordination", "conseil-regional");
        Set<String> admin = Set.of("admin");
        List<Endpoint> endpoints = List.of(
                new Endpoint("plan de sa région", () -> get(ownPlan), readers),
                new Endpoint("plan d'une autre région", () -> get(otherPlan), admin),
                new Endpoint("projet de sa région", () -> get(ownPlan + "/projets/" + ownProject), readers),
                new Endpoint("projet d'une autre région", () -> get(otherPlan + "/projets/" + otherProject), admin),
                new Endpoint("calendrier .ics d'une autre région", () -> get(otherPlan + "/jalons.ics"), admin),
                new Endpoint("formulaire du plan", () -> get(ownPlan + "/modifier"), editors),
                new Endpoint("priorité sans filière", () -> post(ownPlan + "/priorites").param("sector", "").param("rationale", ""), editors),
                new Endpoint("priorité dans une autre région", () -> post(otherPlan + "/priorites").param("sector", "").param("rationale", ""), admin),
                new Endpoint("formulaire de projet", () -> get(ownPlan + "/projets/nouveau"), editors),
                new Endpoint("projet sans nom", () -> post(ownPlan + "/projets").param("version", "0").param("name", ""), editors),
                new Endpoint("projet sans nom dans une autre région", () -> post(otherPlan + "/projets").param("version", "0").param("name", ""), admin),
                new Endpoint("jalon sans date", () -> post(ownPlan + "/projets/" + ownProject + "/jalons").param("version", "0").param("kind", ""), editors),
                new Endpoint("jalon sans date dans une autre région", () -> post(otherPlan + "/projets/" + otherProject + "/jalons")
                        .param("version", "0").param("kind", ""), admin),
                new Endpoint("retrait d'un projet d'une autre région", () -> post(otherPlan + "/projets/" + UUID.randomUUID() + "/suppression"), admin));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String username : TestActors.ALL) {
                int status = mvc.perform(endpoint.request().get().with(as(users, username)).with(csrf())).andReturn().getResponse().getStatus();
                boolean allowed = endpoint.allowed().contains(username);
                boolean passed = allowed ? status < 400 || (endpoint.name().startsWith("retrait") && status == 404) : status == 403;
                if (!passed) {
                    wrong.add(endpoint.name() + " / " + username + " → " + status + (allowed ? " (devait passer)" : " (devait être refusé)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aProjectOfAnotherRegionIsNotFoundUnderTheAddressOfOnesOwn() throws Exception {
        int year = freshYear();
        UUID other = deployment.open(TestActors.nationalAdmin(), "84", year);
        UUID otherProject = deployment.addProject(TestActors.nationalAdmin(), other,
                new PreparedProject(null, "Campus de Savoie", Sector.TOURISM, List.of("08"), null, null, year, null));
        deployment.open(actor("coordination"), "32", year);
        String disguised = DeploymentController.projectPath("32", year, otherProject);
        assertThat(mvc.perform(get(disguised).with(as(users, "coordination"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(disguised + "/suppression").with(as(users, "coordination")).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(queries.project("84", year, otherProject)).isPresent();
    }

    @Test
    void theBoardOfDossiersLinksThePlanOfTheRegionOnlyForThoseWhoMayReadIt() throws Exception {
        String board = "/gestion/labellisation/tableau";
        String ownLink = "href=\"/gestion/regions/32/deploiement\"";
        for (String reader : List.of("coordination", "conseil-regional", "referent", "dreets")) {
            assertThat(mvc.perform(get(board).with(as(users, reader))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(reader).contains(ownLink);
        }
        assertThat(mvc.perform(get(board).with(as(users, "admin"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("/deploiement");
        assertThat(mvc.perform(get(board).param("region", "84").with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/gestion/regions/84/deploiement\"");
        assertThat(mvc.perform(get(board).param("region", "84").with(as(users, "coordination"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/gestion/regions/84/deploiement");
        String statistics = "/gestion/labellisation/appels/" + calls.published().get(0).id() + "/statistiques";
        assertThat(mvc.perform(get(statistics).with(as(users, "conseil-regional"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(ownLink);
    }

    @Test
    void theDemoPlansOfTwoRegionsShowTheirProjectsOneOfThemLate() {
        int year = today().getYear();
        var hautsDeFrance = queries.plan("32", year).orElseThrow();
        assertThat(hautsDeFrance.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(hautsDeFrance.priorities()).hasSizeGreaterThanOrEqualTo(3);
        var projects = queries.projects(hautsDeFrance.id(), 1);
        assertThat(projects.total()).isEqualTo(4);
        assertThat(projects.rows()).filteredOn(r -> r.overdue() > 0).extracting(DeploymentQueries.ProjectRow::name)
                .containsExactly("Campus Hydrogène et mobilités décarbonées du Dunkerquois");
        assertThat(projects.rows()).filteredOn(r -> r.applicationId() != null).hasSize(2);
        assertThat(queries.mapPoints(hautsDeFrance.id())).hasSize(4);
        assertThat(queries.projects(queries.plan("84", year).orElseThrow().id(), 1).total()).isEqualTo(2);
    }
}
