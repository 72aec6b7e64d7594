package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The progress reports of a label: their list, a stage report asked for, and the refresh of a report's annex. */
@Controller
class ProgressReportController {

    private static final String BASE = "/gestion/labellisation/dossiers/";

    private final ProgressReports reports;
    private final ApplicationQueries queries;
    private final CurrentActor currentActor;

    ProgressReportController(ProgressReports reports, ApplicationQueries queries, CurrentActor currentActor) {
        this.reports = reports;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    /** A stage report asked for, as typed. */
    record StageForm(
            @NotBlank(message = "Dites sur quoi porte le point d’étape.") @Size(max = 255, message = "L’objet ne peut dépasser 255 caractères.") String subject,
            @NotBlank(message = "Indiquez la date à laquelle le point d’étape est attendu.") String dueOn) {

        static StageForm empty() {
            return new StageForm("", "");
        }

        ProgressReports.StageRequest toRequest() {
            return new ProgressReports.StageRequest(subject, FrenchInput.date("dueOn", dueOn));
        }
    }

    @GetMapping(BASE + "{id}/rapports")
    String list(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        return page(model, actor, id, StageForm.empty(), FormErrors.NONE);
    }

    @PostMapping(BASE + "{id}/rapports")
    String openStage(@PathVariable UUID id, @Valid @ModelAttribute("stageForm") StageForm form, BindingResult errors, Model model,
                     RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView label = queries.readable(actor, id);
        if (!ApplicationPermissions.followsLabel(actor, label)) {
            throw new org.springframework.security.access.AccessDeniedException("Un point d’étape est demandé par le suivi du label.");
        }
        return Outcomes.submit(errors, () -> {
            UUID report = reports.openStage(actor, id, form.toRequest());
            flash.addFlashAttribute("success", "Le point d’étape est ouvert ; ses porteurs sont prévenus.");
            return "redirect:" + BASE + report;
        }, () -> page(model, actor, id, form, FormErrors.of(errors)));
    }

    @PostMapping(BASE + "{id}/annexe/actualisation")
    String refreshAnnex(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, BASE + id + "#annexe", () -> reports.refreshAnnex(actor, id, version == null ? -1 : version),
                rewritten -> "L’annexe est actualisée avec les données d’aujourd’hui" + (rewritten == 0 ? "."
                        : " ; " + rewritten + " texte(s) pré-rempli(s) mis à jour."));
    }

    private String page(Model model, Actor actor, UUID id, StageForm form, FormErrors errors) {
        ApplicationView label = queries.readable(actor, id);
        model.addAttribute("label", label);
        model.addAttribute("decision", queries.decision(id).filter(ApplicationParts.Decision::granted).orElse(null));
        model.addAttribute("reports", reports.reportsOf(actor, id));
        model.addAttribute("canOpenStage", label.status() == ApplicationStatus.GRANTED && ApplicationPermissions.followsLabel(actor, label));
        model.addAttribute("stageForm", form);
        model.addAttribute("formErrors", errors);
        return "labelling/reports";
    }
}
