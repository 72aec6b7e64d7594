package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The external evaluations of Excellence labels: the list, scheduling, the evaluation's page with its report. */
@Controller
class ExternalEvaluationController {

    static final String BASE = "/gestion/labellisation/evaluations-externes";

    private final ExternalEvaluations evaluations;
    private final CurrentActor currentActor;

    ExternalEvaluationController(ExternalEvaluations evaluations, CurrentActor currentActor) {
        this.evaluations = evaluations;
        this.currentActor = currentActor;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "statut", required = false) String status, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        Actor actor = currentActor.require();
        ExternalEvaluation.Status filter = Arrays.stream(ExternalEvaluation.Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        var result = evaluations.list(actor, filter, page);
        model.addAttribute("result", result);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statusOptions", Arrays.stream(ExternalEvaluation.Status.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("planner", ExternalEvaluationPermissions.mayPlan(actor));
        model.addAttribute("labels", ExternalEvaluationPermissions.mayPlan(actor) ? evaluations.excellenceLabels(actor) : java.util.List.of());
        return "labelling/external-evaluations";
    }

    @GetMapping(BASE + "/nouvelle")
    String newForm(@RequestParam(name = "campus", required = false) String campusId, Model model) {
        Actor actor = currentActor.require();
        return planPage(model, actor, null, ExternalEvaluationForms.PlanForm.empty(campusId), FormErrors.NONE);
    }

    @PostMapping(BASE)
    String schedule(@Valid @ModelAttribute("plan") ExternalEvaluationForms.PlanForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            UUID id = evaluations.schedule(actor, form.campus(), form.toPlan());
            flash.addFlashAttribute("success", "L'évaluation externe est programmée ; l'évaluateur et le campus en sont informés.");
            return "redirect:" + BASE + "/" + id;
        }, () -> planPage(model, actor, null, form, FormErrors.of(errors)));
    }

    @GetMapping(BASE + "/{id}")
    String page(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        var view = evaluations.view(actor, id);
        return evaluationPage(model, actor, view, ExternalEvaluationForms.PlanForm.of(view), ExternalEvaluationForms.ReportForm.empty(view.version()),
                FormErrors.NONE);
    }

    @GetMapping(BASE + "/{id}/modifier")
    String editForm(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        var view = evaluations.view(actor, id);
        return planPage(model, actor, view, ExternalEvaluationForms.PlanForm.of(view), FormErrors.NONE);
    }

    @PostMapping(BASE + "/{id}/modifier")
    String reschedule(@PathVariable UUID id, @Valid @ModelAttribute("plan") ExternalEvaluationForms.PlanForm form, BindingResult errors, Model model,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        evaluations.view(actor, id);
        return Outcomes.submit(errors, () -> {
            evaluations.reschedule(actor, id, form.version(), form.toPlan());
            flash.addFlashAttribute("success", "L'évaluation externe est modifiée.");
            return "redirect:" + BASE + "/" + id;
        }, () -> {
            var latest = evaluations.view(actor, id);
            return planPage(model, actor, latest, form.withVersion(latest.version()), FormErrors.of(errors));
        });
    }

    @PostMapping(BASE + "/{id}/rapport")
    String fileReport(@PathVariable UUID id, @Valid @ModelAttribute("report") ExternalEvaluationForms.ReportForm form, BindingResult errors, Model model,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var view = evaluations.view(actor, id);
        return Outcomes.submit(errors, () -> {
            evaluations.fileReport(actor, id, form.version(), form.fileName(), form.content(), form.summary(), form.toConclusion());
            flash.addFlashAttribute("success", "Le rapport d'évaluation est déposé ; le campus, son territoire et l'administration en sont informés.");
            return "redirect:" + BASE + "/" + id;
        }, () -> evaluationPage(model, actor, view, ExternalEvaluationForms.PlanForm.of(view), form, FormErrors.of(errors)));
    }

    @PostMapping(BASE + "/{id}/annulation")
    String cancel(@PathVariable UUID id, @RequestParam(name = "version", defaultValue = "-1") long version,
                  @RequestParam(name = "cancelReason", required = false) String reason, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + "/" + id, () -> evaluations.cancel(currentActor.require(), id, version, reason),
                "L'évaluation externe est annulée ; son motif figure dans l'historique.");
    }

    @GetMapping(BASE + "/{id}/rapport")
    ResponseEntity<byte[]> report(@PathVariable UUID id) {
        var report = evaluations.report(currentActor.require(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(report.name(), report.contentType(), report.content());
    }

    private String planPage(Model model, Actor actor, ExternalEvaluations.View existing, ExternalEvaluationForms.PlanForm form, FormErrors errors) {
        var labels = evaluations.excellenceLabels(actor);
        model.addAttribute("existing", existing);
        model.addAttribute("plan", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("campusOptions", labels.stream().filter(d -> d.evaluation() == null)
                .map(d -> new Option(d.campus().id().toString(), d.campus().name() + " — label jusqu'au " + fr.passerelle.platform.Times.current().date(d.campus().labelValidUntil())))
                .toList());
        model.addAttribute("evaluatorOptions", evaluations.evaluators().stream().map(e -> new Option(e.accountId().toString(), e.displayName())).toList());
        return "labelling/external-evaluation-form";
    }

    private String evaluationPage(Model model, Actor actor, ExternalEvaluations.View view, ExternalEvaluationForms.PlanForm plan,
                                  ExternalEvaluationForms.ReportForm report, FormErrors errors) {
        boolean open = view.status() == ExternalEvaluation.Status.SCHEDULED;
        model.addAttribute("evaluation", view);
        model.addAttribute("report", report);
        model.addAttribute("formErrors", errors);
        model.addAttribute("planner", open && ExternalEvaluationPermissions.mayPlan(actor));
        model.addAttribute("reporter", open && ExternalEvaluationPermissions.mayReport(actor, view.evaluatorId()));
        model.addAttribute("conclusionOptions", Arrays.stream(ExternalEvaluationConclusion.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("history", evaluations.history(actor, view.id()));
        return "labelling/external-evaluation";
    }
}
