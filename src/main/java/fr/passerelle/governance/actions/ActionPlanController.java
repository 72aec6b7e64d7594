package fr.passerelle.governance.actions;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.ActionCodes.Audience;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.budget.BudgetLines;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.platform.UploadedFile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan of a campus in the back office. Those who may edit the campus record and follow its actions; the
 * academic referent reads them all; partner members read those shown to partners or to everyone. The service checks
 * who acts; refused inputs come back with what was typed and the reason on each field.
 */
@Controller
class ActionPlanController {

    private final CampusActions actions;
    private final CampusRegistry registry;
    private final Directory directory;
    private final BudgetLines budgetLines;
    private final CurrentActor currentActor;
    private final Clock clock;

    ActionPlanController(CampusActions actions, CampusRegistry registry, Directory directory, BudgetLines budgetLines,
                         CurrentActor currentActor, Clock clock) {
        this.actions = actions;
        this.registry = registry;
        this.directory = directory;
        this.budgetLines = budgetLines;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A change of status; abandoning requires its cause. */
    record StatusForm(String version, String status,
                      @Size(max = 1000, message = "La cause de l’abandon fait 1000 caractères au plus.") String abandonCause) {
        long expectedVersion() {
            return ActionForm.expectedVersion(version);
        }

        ActionCodes.Status next() {
            return FrenchInput.choice("status", status, ActionCodes.Status.class, "Choisissez le statut de l’action.");
        }
    }

    // ---- The plan of a year

    @GetMapping("/gestion/campus/{id}/actions")
    String plan(@PathVariable UUID id, @RequestParam(name = "annee", required = false) Integer year,
                @RequestParam(name = "statut", required = false) String status, @RequestParam(name = "type", required = false) String type,
                Model model) {
        Actor actor = currentActor.require();
        int shown = year == null ? Year.now(clock).getValue() : year;
        var list = actions.plan(actor, id, shown, status, type);
        CampusCard campus = registry.byId(id).orElseThrow();
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(actions.years(id));
        int current = Year.now(clock).getValue();
        years.addAll(List.of(current - 1, current, current + 1, shown));
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(actor, id));
        model.addAttribute("registryEditable", registry.canEdit(actor, id));
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("actions", list);
        model.addAttribute("totals", CampusActions.Totals.of(list));
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("statusFilter", status == null ? "" : status);
        model.addAttribute("typeFilter", type == null ? "" : type);
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("typeOptions", typeOptions());
        return "governance/actions";
    }

    @GetMapping("/gestion/campus/{id}/actions/plan-{year}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "statut", required = false) String status,
                                @RequestParam(name = "type", required = false) String type) {
        var list = actions.plan(currentActor.require(), id, year, status, type);
        return download(Spreadsheet.xlsx(ActionPlanExport.table(year, list)), Spreadsheet.XLSX_MEDIA_TYPE,
                "plan-actions-" + registry.byId(id).orElseThrow().slug() + "-" + year + ".xlsx");
    }

    @GetMapping("/gestion/campus/{id}/actions/plan-{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "statut", required = false) String status,
                               @RequestParam(name = "type", required = false) String type) {
        var list = actions.plan(currentActor.require(), id, year, status, type);
        return download(Spreadsheet.csv(ActionPlanExport.table(year, list)), Spreadsheet.CSV_MEDIA_TYPE,
                "plan-actions-" + registry.byId(id).orElseThrow().slug() + "-" + year + ".csv");
    }

    // ---- Recording and editing an action

    @GetMapping("/gestion/campus/{id}/actions/nouvelle")
    String newAction(@PathVariable UUID id, @RequestParam(name = "annee", required = false) Integer year, Model model) {
        CampusCard campus = actions.managedCampus(currentActor.require(), id);
        return formPage(model, campus, null, ActionForm.empty(year == null ? Year.now(clock).getValue() : year), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/actions")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("form") ActionForm sent, BindingResult errors,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ActionForm form = sent.withLearners(params);
        return Outcomes.submit(errors, () -> {
            ActionDetails details = form.toDetails(d -> actions.problems(actor, id, d));
            UUID actionId = actions.add(actor, id, details);
            flash.addFlashAttribute("success", "L’action « " + details.title().strip() + " » est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/actions/" + actionId;
        }, () -> formPage(model, actions.managedCampus(actor, id), null, form, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/campus/{id}/actions/{actionId}")
    String action(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        Actor actor = currentActor.require();
        var action = actions.action(actor, id, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return actionPage(model, actor, action, action.details().status().name(), "", FormErrors.NONE);
    }

    @GetMapping("/gestion/campus/{id}/actions/{actionId}/modifier")
    String edit(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        Actor actor = currentActor.require();
        var action = actions.editableAction(actor, id, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return formPage(model, registry.byId(id).orElseThrow(), action, ActionForm.of(action), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/actions/{actionId}")
    String update(@PathVariable UUID id, @PathVariable UUID actionId, @Valid @ModelAttribute("form") ActionForm sent, BindingResult errors,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var action = actions.editableAction(actor, id, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ActionForm form = sent.withLearners(params);
        return Outcomes.submit(errors, () -> {
            ActionDetails details = form.toDetails(d -> actions.problems(actor, id, d));
            actions.update(actor, id, actionId, form.expectedVersion(), details);
            flash.addFlashAttribute("success", "L’action « " + details.title().strip() + " » est mise à jour.");
            return "redirect:/gestion/campus/" + id + "/actions/" + actionId;
        }, () -> formPage(model, registry.byId(id).orElseThrow(), action, form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/campus/{id}/actions/{actionId}/statut")
    String changeStatus(@PathVariable UUID id, @PathVariable UUID actionId, @Valid @ModelAttribute("statusForm") StatusForm form,
                        BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var action = actions.editableAction(actor, id, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Outcomes.submit(errors, () -> {
            ActionCodes.Status next = form.next();
            actions.changeStatus(actor, id, actionId, form.expectedVersion(), next, form.abandonCause());
            flash.addFlashAttribute("success", "L’action est désormais « " + next.label().toLowerCase(java.util.Locale.FRENCH) + " ».");
            return "redirect:/gestion/campus/" + id + "/actions/" + actionId;
        }, () -> actionPage(model, actor, action, form.status() == null ? "" : form.status(), form.abandonCause() == null ? "" : form.abandonCause(),
                FormErrors.of(errors)));
    }

    // ---- Evidence

    @PostMapping("/gestion/campus/{id}/actions/{actionId}/pieces")
    String addEvidence(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam(name = "file", required = false) MultipartFile file,
                       RedirectAttributes flash) throws IOException {
        Actor actor = currentActor.require();
        String fileName = file == null ? null : file.getOriginalFilename();
        byte[] content = file == null ? null : file.getBytes();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/actions/" + actionId + "#pieces",
                () -> actions.addEvidence(actor, id, actionId, fileName, content), name -> "La pièce « " + name + " » est jointe à l’action.");
    }

    @GetMapping("/gestion/campus/{id}/actions/{actionId}/pieces/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID actionId, @PathVariable UUID evidenceId) {
        var file = actions.evidenceFile(currentActor.require(), id, actionId, evidenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(file.content(), file.contentType(), file.name());
    }

    @PostMapping("/gestion/campus/{id}/actions/{actionId}/pieces/{evidenceId}/retrait")
    String removeEvidence(@PathVariable UUID id, @PathVariable UUID actionId, @PathVariable UUID evidenceId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/actions/" + actionId + "#pieces",
                () -> actions.removeEvidence(actor, id, actionId, evidenceId), "La pièce est retirée.");
    }

    // ---- Pages

    private String formPage(Model model, CampusCard campus, CampusActions.ActionView action, ActionForm form, FormErrors errors) {
        int year = form.budgetYear(Year.now(clock).getValue());
        List<Option> lines = budgetLines.resourceLines(campus.id(), year).stream()
                .map(l -> new Option("ligne:" + l.id(), l.description())).toList();
        model.addAttribute("campus", campus);
        model.addAttribute("editable", true);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("typeOptions", typeOptions());
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("visibilityOptions", List.of(Visibility.PUBLIC, Visibility.PARTNERS));
        model.addAttribute("partnerOptions", directory.partnersOf(campus.id()).stream().map(p -> p.organisation()).distinct()
                .map(o -> new Option(o.id().toString(), o.displayName())).toList());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("budgetLineOptions", lines);
        model.addAttribute("funderOptions", BudgetLines.funders().stream().map(f -> new Option("financeur:" + f.value(), f.label())).toList());
        model.addAttribute("budgetYear", year);
        return "governance/action-form";
    }

    private String actionPage(Model model, Actor actor, CampusActions.ActionView action, String status, String cause, FormErrors errors) {
        UUID campusId = action.campusId();
        model.addAttribute("campus", registry.byId(campusId).orElseThrow());
        model.addAttribute("editable", registry.canManage(actor, campusId));
        model.addAttribute("registryEditable", registry.canEdit(actor, campusId));
        model.addAttribute("action", action);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("statusChoice", status);
        model.addAttribute("causeTyped", cause);
        model.addAttribute("formErrors", errors);
        model.addAttribute("evidenceTypes", CampusActions.EVIDENCE_TYPES.stream().sorted().map(UploadedFile.FileType::label).toList());
        model.addAttribute("evidenceMax", UploadedFile.displaySize(CampusActions.EVIDENCE_MAX_BYTES));
        return "governance/action";
    }

    private static List<Option> typeOptions() {
        return Arrays.stream(ActionCodes.Type.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    private static List<Option> statusOptions() {
        return Arrays.stream(ActionCodes.Status.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    private static ResponseEntity<byte[]> download(byte[] content, String mediaType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(content);
    }
}
