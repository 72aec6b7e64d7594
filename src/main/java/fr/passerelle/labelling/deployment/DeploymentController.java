package fr.passerelle.labelling.deployment;

import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.labelling.ApplicationQueries;
import fr.passerelle.labelling.SupportStep;
import fr.passerelle.labelling.deployment.DeploymentForms.MilestoneForm;
import fr.passerelle.labelling.deployment.DeploymentForms.PlanForm;
import fr.passerelle.labelling.deployment.DeploymentForms.PriorityForm;
import fr.passerelle.labelling.deployment.DeploymentForms.ProjectForm;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.PasserelleProperties;
import fr.passerelle.platform.UploadedFile;
import fr.passerelle.territory.Region;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The pages of a région's deployment plan: the plan of a year with its priorities, its projects on a map and in a
 * table; a project with its support calendar; the forms. The service checks who acts on which région; a project or a
 * milestone named in the address must belong to the plan of that address, or it is not found.
 */
@Controller
@RequestMapping(DeploymentController.ROOT)
class DeploymentController {

    static final String ROOT = "/gestion/regions/{regionCode}/deploiement";
    private static final String PLAN = "/{year}";
    private static final String PROJECT = PLAN + "/projets/{projectId}";

    private final RegionalDeployment deployment;
    private final DeploymentQueries queries;
    private final ApplicationQueries dossiers;
    private final Territories territories;
    private final Directory directory;
    private final AuditTrail audit;
    private final CurrentActor currentActor;
    private final PasserelleProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    DeploymentController(RegionalDeployment deployment, DeploymentQueries queries, ApplicationQueries dossiers, Territories territories,
                         Directory directory, AuditTrail audit, CurrentActor currentActor, PasserelleProperties properties, ObjectMapper json,
                         Clock clock) {
        this.deployment = deployment;
        this.queries = queries;
        this.dossiers = dossiers;
        this.territories = territories;
        this.directory = directory;
        this.audit = audit;
        this.currentActor = currentActor;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    static String path(String regionCode, int year) {
        return "/gestion/regions/" + regionCode + "/deploiement/" + year;
    }

    static String projectPath(String regionCode, int year, UUID projectId) {
        return path(regionCode, year) + "/projets/" + projectId;
    }

    /** The plan of the current year, which prepares the projects for this year's and the next calls. */
    @GetMapping
    String current(@PathVariable String regionCode) {
        deployment.requireReadable(currentActor.require(), regionCode);
        return "redirect:" + path(regionCode, Year.now(clock).getValue());
    }

    // ---- The plan

    @GetMapping(PLAN)
    String plan(@PathVariable String regionCode, @PathVariable int year, @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        Actor actor = currentActor.require();
        var access = deployment.requireReadable(actor, regionCode);
        var plan = queries.plan(regionCode, year);
        model.addAttribute("plan", plan.orElse(null));
        if (plan.isPresent()) {
            UUID planId = plan.get().id();
            model.addAttribute("projects", queries.projects(planId, page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 1));
            var points = queries.mapPoints(planId);
            model.addAttribute("mapPoints", points);
            model.addAttribute("mapJson", mapJson(regionCode, year, points));
            model.addAttribute("tileUrl", properties.map().tileUrl());
            model.addAttribute("tileAttribution", properties.map().attribution());
            model.addAttribute("history", audit.page(RegionalDeployment.AUDITED_PLAN, planId, null, 20).entries());
        }
        if (!model.containsAttribute("priorityForm")) {
            model.addAttribute("priorityForm", PriorityForm.empty());
            model.addAttribute("formErrors", FormErrors.NONE);
        }
        model.addAttribute("sectorOptions", sectorOptions());
        return common(model, regionCode, year, access);
    }

    @PostMapping(PLAN)
    String open(@PathVariable String regionCode, @PathVariable int year, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, path(regionCode, year), () -> deployment.open(actor, regionCode, year),
                "Le plan de déploiement " + year + " est ouvert : ajoutez ses filières prioritaires et ses projets.");
    }

    @GetMapping(PLAN + "/modifier")
    String editPlan(@PathVariable String regionCode, @PathVariable int year, Model model) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var plan = requirePlan(regionCode, year);
        return planForm(model, regionCode, year, plan, PlanForm.of(plan), FormErrors.NONE);
    }

    @PostMapping(PLAN + "/modifier")
    String revisePlan(@PathVariable String regionCode, @PathVariable int year, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
                      Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var plan = requirePlan(regionCode, year);
        return Outcomes.submit(errors, () -> {
            deployment.revise(actor, plan.id(), DeploymentForms.expectedVersion(form.version()), form.planStatus(), form.adoptionDay(), form.comment());
            flash.addFlashAttribute("success", "Le plan de déploiement " + year + " est enregistré.");
            return "redirect:" + path(regionCode, year);
        }, () -> planForm(model, regionCode, year, plan, form, FormErrors.of(errors)));
    }

    @PostMapping(PLAN + "/priorites")
    String prioritise(@PathVariable String regionCode, @PathVariable int year, @Valid @ModelAttribute("priorityForm") PriorityForm form,
                      BindingResult errors, @RequestParam(name = "page", defaultValue = "1") String page, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var plan = requirePlan(regionCode, year);
        return Outcomes.submit(errors, () -> {
            Sector sector = form.chosenSector();
            deployment.prioritise(actor, plan.id(), sector, form.rationale());
            flash.addFlashAttribute("success", "La filière « " + sector.label() + " » est une priorité du plan.");
            return "redirect:" + path(regionCode, year) + "#priorites";
        }, () -> {
            model.addAttribute("priorityForm", form);
            model.addAttribute("formErrors", FormErrors.of(errors));
            return plan(regionCode, year, page, model);
        });
    }

    @PostMapping(PLAN + "/priorites/{sector}/retrait")
    String dropPriority(@PathVariable String regionCode, @PathVariable int year, @PathVariable String sector, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var plan = requirePlan(regionCode, year);
        Sector dropped = Arrays.stream(Sector.values()).filter(s -> s.name().equals(sector)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Outcomes.redirect(flash, path(regionCode, year) + "#priorites", () -> deployment.dropPriority(actor, plan.id(), dropped),
                "La filière « " + dropped.label() + " » n’est plus une priorité du plan.");
    }

    /** The plan's milestones as an iCalendar file, one all-day event per milestone on its planned day (or the day it was done). */
    @GetMapping(PLAN + "/jalons.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String regionCode, @PathVariable int year) {
        deployment.requireReadable(currentActor.require(), regionCode);
        var plan = requirePlan(regionCode, year);
        String ics = DeploymentCalendar.ics("Plan de déploiement " + year + " — " + territories.regionName(regionCode),
                queries.milestonesOf(plan.id()), clock);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("deploiement-" + regionCode + "-" + year + ".ics", StandardCharsets.UTF_8).build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    // ---- Projects

    @GetMapping(PLAN + "/projets/nouveau")
    String newProject(@PathVariable String regionCode, @PathVariable int year, Model model) {
        deployment.requireEditable(currentActor.require(), regionCode);
        requirePlan(regionCode, year);
        return projectForm(model, regionCode, year, null, ProjectForm.empty(year), FormErrors.NONE);
    }

    @PostMapping(PLAN + "/projets")
    String addProject(@PathVariable String regionCode, @PathVariable int year, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
                      Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var plan = requirePlan(regionCode, year);
        return Outcomes.submit(errors, () -> {
            UUID id = deployment.addProject(actor, plan.id(), form.toDetails());
            flash.addFlashAttribute("success", "Le projet est ajouté au plan : préparez son calendrier d’accompagnement.");
            return "redirect:" + projectPath(regionCode, year, id);
        }, () -> projectForm(model, regionCode, year, null, form, FormErrors.of(errors)));
    }

    @GetMapping(PROJECT)
    String project(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId, Model model) {
        Actor actor = currentActor.require();
        var access = deployment.requireReadable(actor, regionCode);
        var project = requireProject(regionCode, year, projectId);
        model.addAttribute("project", project);
        model.addAttribute("dossierReadable", project.applicationId() != null && dossiers.mayRead(actor, project.applicationId()));
        model.addAttribute("history", audit.page(RegionalDeployment.AUDITED_PROJECT, projectId, null, 30).entries());
        return common(model, regionCode, year, access);
    }

    @GetMapping(PROJECT + "/modifier")
    String editProject(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId, Model model) {
        deployment.requireEditable(currentActor.require(), regionCode);
        var project = requireProject(regionCode, year, projectId);
        return projectForm(model, regionCode, year, project, ProjectForm.of(project), FormErrors.NONE);
    }

    @PostMapping(PROJECT)
    String reviseProject(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId,
                         @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var project = requireProject(regionCode, year, projectId);
        return Outcomes.submit(errors, () -> {
            deployment.reviseProject(actor, projectId, DeploymentForms.expectedVersion(form.version()), form.toDetails());
            flash.addFlashAttribute("success", "Le projet est enregistré.");
            return "redirect:" + projectPath(regionCode, year, projectId);
        }, () -> projectForm(model, regionCode, year, project, form, FormErrors.of(errors)));
    }

    @PostMapping(PROJECT + "/suppression")
    String removeProject(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        requireProject(regionCode, year, projectId);
        return Outcomes.redirect(flash, path(regionCode, year), () -> deployment.removeProject(actor, projectId),
                name -> "Le projet « " + name + " » est retiré du plan, avec son calendrier.");
    }

    // ---- Milestones

    @GetMapping(PROJECT + "/jalons/nouveau")
    String newMilestone(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId, Model model) {
        deployment.requireEditable(currentActor.require(), regionCode);
        var project = requireProject(regionCode, year, projectId);
        return milestoneForm(model, regionCode, year, project, null, MilestoneForm.empty(), FormErrors.NONE);
    }

    @PostMapping(PROJECT + "/jalons")
    String addMilestone(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId,
                        @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors,
                        @RequestParam(name = "letter", required = false) MultipartFile letter, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var project = requireProject(regionCode, year, projectId);
        return Outcomes.submit(errors, () -> {
            deployment.addMilestone(actor, projectId, form.toDetails(), letter(letter));
            flash.addFlashAttribute("success", "Le jalon est ajouté au calendrier du projet.");
            return "redirect:" + projectPath(regionCode, year, projectId) + "#calendrier";
        }, () -> milestoneForm(model, regionCode, year, project, null, form, FormErrors.of(errors)));
    }

    @GetMapping(PROJECT + "/jalons/{milestoneId}/modifier")
    String editMilestone(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId, @PathVariable UUID milestoneId,
                         Model model) {
        deployment.requireEditable(currentActor.require(), regionCode);
        var project = requireProject(regionCode, year, projectId);
        var milestone = requireMilestone(project, milestoneId);
        return milestoneForm(model, regionCode, year, project, milestone, MilestoneForm.of(milestone), FormErrors.NONE);
    }

    @PostMapping(PROJECT + "/jalons/{milestoneId}")
    String reviseMilestone(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId, @PathVariable UUID milestoneId,
                           @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors,
                           @RequestParam(name = "letter", required = false) MultipartFile letter, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        var project = requireProject(regionCode, year, projectId);
        var milestone = requireMilestone(project, milestoneId);
        return Outcomes.submit(errors, () -> {
            deployment.reviseMilestone(actor, projectId, milestoneId, DeploymentForms.expectedVersion(form.version()), form.toDetails(),
                    letter(letter));
            flash.addFlashAttribute("success", "Le jalon est enregistré.");
            return "redirect:" + projectPath(regionCode, year, projectId) + "#calendrier";
        }, () -> milestoneForm(model, regionCode, year, project, milestone, form, FormErrors.of(errors)));
    }

    @PostMapping(PROJECT + "/jalons/{milestoneId}/suppression")
    String removeMilestone(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId, @PathVariable UUID milestoneId,
                           RedirectAttributes flash) {
        Actor actor = currentActor.require();
        deployment.requireEditable(actor, regionCode);
        requireProject(regionCode, year, projectId);
        return Outcomes.redirect(flash, projectPath(regionCode, year, projectId) + "#calendrier",
                () -> deployment.removeMilestone(actor, projectId, milestoneId), "Le jalon est retiré du calendrier.");
    }

    @GetMapping(PROJECT + "/jalons/{milestoneId}/lettre")
    ResponseEntity<byte[]> letter(@PathVariable String regionCode, @PathVariable int year, @PathVariable UUID projectId,
                                  @PathVariable UUID milestoneId) {
        Actor actor = currentActor.require();
        deployment.requireReadable(actor, regionCode);
        requireProject(regionCode, year, projectId);
        UploadedFile file = deployment.letter(actor, projectId, milestoneId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** The letter sent with the milestone's form, or null when none was chosen; a file that cannot be read is a problem of the form. */
    private static RegionalDeployment.Letter letter(MultipartFile letter) {
        if (letter == null || letter.isEmpty()) {
            return null;
        }
        try {
            return new RegionalDeployment.Letter(letter.getOriginalFilename(), letter.getBytes());
        } catch (IOException e) {
            throw new fr.passerelle.platform.BusinessRuleException("letter", "Le fichier n’a pas pu être lu : envoyez-le à nouveau.");
        }
    }

    // ---- Pages

    private String common(Model model, String regionCode, int year, RegionalDeployment.Access access) {
        Region region = territories.region(regionCode).orElseThrow();
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("editable", access.edit());
        model.addAttribute("planPath", path(regionCode, year));
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(queries.years(regionCode));
        int current = Year.now(clock).getValue();
        years.addAll(List.of(current, current + 1, year));
        model.addAttribute("years", years);
        model.addAttribute("today", queries.today());
        return model.containsAttribute("project") ? "labelling/deployment/project" : "labelling/deployment/plan";
    }

    private String planForm(Model model, String regionCode, int year, DeploymentQueries.PlanView plan, PlanForm form, FormErrors errors) {
        model.addAttribute("region", territories.region(regionCode).orElseThrow());
        model.addAttribute("year", year);
        model.addAttribute("planPath", path(regionCode, year));
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("statusOptions", Arrays.stream(PlanStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
        return "labelling/deployment/plan-form";
    }

    private String projectForm(Model model, String regionCode, int year, DeploymentQueries.ProjectView project, ProjectForm form, FormErrors errors) {
        model.addAttribute("region", territories.region(regionCode).orElseThrow());
        model.addAttribute("year", year);
        model.addAttribute("planPath", path(regionCode, year));
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("sectorOptions", sectorOptions());
        model.addAttribute("academies", territories.academiesOf(regionCode));
        model.addAttribute("dossierOptions", queries.dossiersOf(regionCode).stream().map(d -> new Option(d.id().toString(), d.label())).toList());
        model.addAttribute("selectedLead", FrenchInput.pickedId(form.leadOrganisationId()).flatMap(directory::organisation).orElse(null));
        model.addAttribute("noChoices", List.of());
        model.addAttribute("leadKinds", "");
        return "labelling/deployment/project-form";
    }

    private String milestoneForm(Model model, String regionCode, int year, DeploymentQueries.ProjectView project,
                                 DeploymentQueries.MilestoneView milestone, MilestoneForm form, FormErrors errors) {
        model.addAttribute("region", territories.region(regionCode).orElseThrow());
        model.addAttribute("year", year);
        model.addAttribute("planPath", path(regionCode, year));
        model.addAttribute("project", project);
        model.addAttribute("milestone", milestone);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("kindOptions", Arrays.stream(SupportStep.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("letterMax", UploadedFile.displaySize(RegionalDeployment.LETTER_MAX_BYTES));
        model.addAttribute("letterTypes", RegionalDeployment.LETTER_TYPES.stream().map(UploadedFile.FileType::label).sorted().toList());
        return "labelling/deployment/milestone-form";
    }

    private DeploymentQueries.PlanView requirePlan(String regionCode, int year) {
        return queries.plan(regionCode, year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private DeploymentQueries.ProjectView requireProject(String regionCode, int year, UUID projectId) {
        return queries.project(regionCode, year, projectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static DeploymentQueries.MilestoneView requireMilestone(DeploymentQueries.ProjectView project, UUID milestoneId) {
        return project.milestones().stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<Option> sectorOptions() {
        return Arrays.stream(Sector.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    private String mapJson(String regionCode, int year, List<DeploymentQueries.MapPoint> points) {
        List<Map<String, Object>> list = points.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("town", p.town());
            m.put("sector", p.sector().label());
            m.put("lat", p.lat());
            m.put("lon", p.lon());
            m.put("url", projectPath(regionCode, year, p.id()));
            return m;
        }).toList();
        return json.writeValueAsString(list).replace("</", "<\\/");
    }
}
