package fr.passerelle.governance.actions;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.ActionCodes.Audience;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.budget.BudgetLines;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.platform.UploadedFile;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan of a campus in the back office. Those who may edit the campus record and follow its actions; the
 * academic referent reads them all; partner members read those shown to partners or to everyone.
 */
@Controller
class ActionPlanController {

    static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;
    static final Set<UploadedFile.FileType> EVIDENCE_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.PNG,
            UploadedFile.FileType.JPEG, UploadedFile.FileType.DOCX, UploadedFile.FileType.XLSX, UploadedFile.FileType.ODT,
            UploadedFile.FileType.ODS, UploadedFile.FileType.CSV);

    private final CampusActions actions;
    private final CampusRegistry registry;
    private final CampusAudiences audiences;
    private final Directory directory;
    private final BudgetLines budgetLines;
    private final CurrentActor currentActor;
    private final Clock clock;

    ActionPlanController(CampusActions actions, CampusRegistry registry, CampusAudiences audiences, Directory directory,
                         BudgetLines budgetLines, CurrentActor currentActor, Clock clock) {
        this.actions = actions;
        this.registry = registry;
        this.audiences = audiences;
        this.directory = directory;
        this.budgetLines = budgetLines;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    // ---- The plan of a year

    @GetMapping("/gestion/campus/{id}/actions")
    String plan(@PathVariable UUID id, @RequestParam(name = "annee", required = false) Integer year,
                @RequestParam(name = "statut", required = false) String status, @RequestParam(name = "type", required = false) String type,
                Model model) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireReadable(actor, id);
        int shown = year == null ? Year.now(clock).getValue() : year;
        var list = visible(actor, id, shown, status, type);
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
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireReadable(actor, id);
        return download(Spreadsheet.xlsx(ActionPlanExport.table(year, visible(actor, id, year, status, type))), Spreadsheet.XLSX_MEDIA_TYPE,
                "plan-actions-" + campus.slug() + "-" + year + ".xlsx");
    }

    @GetMapping("/gestion/campus/{id}/actions/plan-{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "statut", required = false) String status,
                               @RequestParam(name = "type", required = false) String type) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireReadable(actor, id);
        return download(Spreadsheet.csv(ActionPlanExport.table(year, visible(actor, id, year, status, type))), Spreadsheet.CSV_MEDIA_TYPE,
                "plan-actions-" + campus.slug() + "-" + year + ".csv");
    }

    // ---- Recording and editing an action

    @GetMapping("/gestion/campus/{id}/actions/nouvelle")
    String newAction(@PathVariable UUID id, @RequestParam(name = "annee", required = false) Integer year, Model model) {
        CampusCard campus = editable(id);
        return formPage(model, campus, null, ActionForm.empty(year == null ? Year.now(clock).getValue() : year), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/actions")
    String create(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        CampusCard campus = editable(id);
        ActionForm form = ActionForm.from(params);
        Map<String, String> problems = new LinkedHashMap<>();
        ActionDetails details = form.details(problems);
        actions.problems(id, details).forEach(problems::putIfAbsent);
        if (problems.isEmpty()) {
            try {
                UUID actionId = actions.add(id, details);
                flash.addFlashAttribute("success", "L’action « " + details.title().strip() + " » est enregistrée.");
                return "redirect:/gestion/campus/" + id + "/actions/" + actionId;
            } catch (BusinessRuleException e) {
                problems.putAll(e.problems());
            }
        }
        return formPage(model, campus, null, form, errors(problems));
    }

    @GetMapping("/gestion/campus/{id}/actions/{actionId}")
    String action(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireReadable(actor, id);
        var action = visibleAction(actor, id, actionId);
        return actionPage(model, campus, action, action.details().status().name(), "", null);
    }

    @GetMapping("/gestion/campus/{id}/actions/{actionId}/modifier")
    String edit(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        CampusCard campus = editable(id);
        var action = actions.action(id, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return formPage(model, campus, action, ActionForm.of(action), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/actions/{actionId}")
    String update(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes flash) {
        CampusCard campus = editable(id);
        var action = actions.action(id, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ActionForm form = ActionForm.from(params);
        Map<String, String> problems = new LinkedHashMap<>();
        ActionDetails details = form.details(problems);
        actions.problems(id, details).forEach(problems::putIfAbsent);
        if (problems.isEmpty()) {
            try {
                actions.update(id, actionId, form.version(), details);
                flash.addFlashAttribute("success", "L’action « " + details.title().strip() + " » est mise à jour.");
                return "redirect:/gestion/campus/" + id + "/actions/" + actionId;
            } catch (BusinessRuleException e) {
                problems.putAll(e.problems());
            }
        }
        return formPage(model, campus, action, form, errors(problems));
    }

    @PostMapping("/gestion/campus/{id}/actions/{actionId}/statut")
    String changeStatus(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam("version") long version,
                        @RequestParam(name = "status", required = false) String status,
                        @RequestParam(name = "abandonCause", required = false) String cause, Model model, RedirectAttributes flash) {
        CampusCard campus = editable(id);
        var action = actions.action(id, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var next = Arrays.stream(ActionCodes.Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        try {
            if (next == null) {
                throw new BusinessRuleException("status", "Choisissez le statut de l’action.");
            }
            actions.changeStatus(id, actionId, version, next, cause);
            flash.addFlashAttribute("success", "L’action est désormais « " + next.label().toLowerCase(java.util.Locale.FRENCH) + " ».");
            return "redirect:/gestion/campus/" + id + "/actions/" + actionId;
        } catch (BusinessRuleException e) {
            return actionPage(model, campus, action, status == null ? "" : status, cause == null ? "" : cause, errors(e.problems()));
        }
    }

    // ---- Evidence

    @PostMapping("/gestion/campus/{id}/actions/{actionId}/pieces")
    String addEvidence(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam(name = "file", required = false) MultipartFile file,
                       RedirectAttributes flash) throws IOException {
        Actor actor = currentActor.require();
        registry.requireManageable(actor, id);
        try {
            var checked = UploadedFile.check(file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(),
                    EVIDENCE_MAX_BYTES, EVIDENCE_TYPES);
            actions.addEvidence(id, actionId, checked, actor.username());
            flash.addFlashAttribute("success", "La pièce « " + checked.name() + " » est jointe à l’action.");
        } catch (UploadedFile.RejectedFile e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/actions/" + actionId + "#pieces";
    }

    @GetMapping("/gestion/campus/{id}/actions/{actionId}/pieces/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID actionId, @PathVariable UUID evidenceId) {
        Actor actor = currentActor.require();
        registry.requireReadable(actor, id);
        visibleAction(actor, id, actionId);
        var file = actions.evidenceFile(id, actionId, evidenceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(file.content(), file.contentType(), file.name());
    }

    @PostMapping("/gestion/campus/{id}/actions/{actionId}/pieces/{evidenceId}/retrait")
    String removeEvidence(@PathVariable UUID id, @PathVariable UUID actionId, @PathVariable UUID evidenceId, RedirectAttributes flash) {
        editable(id);
        try {
            actions.removeEvidence(id, actionId, evidenceId);
            flash.addFlashAttribute("success", "La pièce est retirée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/actions/" + actionId + "#pieces";
    }

    // ---- Pages

    private String formPage(Model model, CampusCard campus, CampusActions.ActionView action, ActionForm form, FormErrors errors) {
        int year;
        try {
            year = Integer.parseInt(form.year().strip());
        } catch (NumberFormatException e) {
            year = Year.now(clock).getValue();
        }
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

    private String actionPage(Model model, CampusCard campus, CampusActions.ActionView action, String status, String cause, FormErrors errors) {
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(currentActor.require(), campus.id()));
        model.addAttribute("registryEditable", registry.canEdit(currentActor.require(), campus.id()));
        model.addAttribute("action", action);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("statusChoice", status);
        model.addAttribute("causeTyped", cause);
        model.addAttribute("formErrors", errors == null ? FormErrors.NONE : errors);
        model.addAttribute("evidenceTypes", EVIDENCE_TYPES.stream().sorted().map(UploadedFile.FileType::label).toList());
        model.addAttribute("evidenceMax", UploadedFile.displaySize(EVIDENCE_MAX_BYTES));
        return "governance/action";
    }

    private List<CampusActions.ActionView> visible(Actor actor, UUID campusId, int year, String status, String type) {
        CampusAudience audience = audiences.of(actor, campusId);
        return actions.plan(campusId, year).stream()
                .filter(a -> audience.sees(a.details().visibility(), null))
                .filter(a -> status == null || status.isBlank() || a.details().status().name().equals(status))
                .filter(a -> type == null || type.isBlank() || a.details().type().name().equals(type))
                .toList();
    }

    private CampusActions.ActionView visibleAction(Actor actor, UUID campusId, UUID actionId) {
        var action = actions.action(campusId, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!audiences.of(actor, campusId).sees(action.details().visibility(), null)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return action;
    }

    private CampusCard editable(UUID id) {
        return registry.requireManageable(currentActor.require(), id);
    }

    private static FormErrors errors(Map<String, String> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        problems.forEach((field, message) -> {
            if (field == null || field.isEmpty()) {
                global.add(message);
            } else {
                fields.put(field, message);
            }
        });
        return new FormErrors(fields, global);
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
