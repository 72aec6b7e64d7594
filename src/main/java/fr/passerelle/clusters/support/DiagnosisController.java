package fr.passerelle.clusters.support;

import fr.passerelle.clusters.support.SupportDiagnoses.Status;
import fr.passerelle.clusters.HrSupport.DiagnosisTheme;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
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

/**
 * The HR diagnoses of a cluster's member companies ({@code /gestion/clusters/{id}/accompagnement/diagnostics}): the
 * staff open one, write its findings per theme and its action plan, and follow each action; the diagnosed company's
 * people read theirs.
 */
@Controller
class DiagnosisController {

    private final SupportDiagnoses diagnoses;
    private final CurrentActor currentActor;

    DiagnosisController(SupportDiagnoses diagnoses, CurrentActor currentActor) {
        this.diagnoses = diagnoses;
        this.currentActor = currentActor;
    }

    record DiagnosisForm(String organisationId,
                         @NotBlank(message = "Indiquez le consultant ou le partenaire qui conduit le diagnostic.") @Size(max = 200, message = "Le consultant tient en 200 caractères.") String consultant,
                         @NotBlank(message = "Indiquez le premier jour du diagnostic.") String startsOn,
                         @NotBlank(message = "Indiquez le dernier jour du diagnostic.") String endsOn,
                         @NotBlank(message = "Indiquez le nombre de jours.") String days,
                         @Size(max = 5000, message = "La synthèse tient en 5 000 caractères.") String summary) {

        static DiagnosisForm empty() {
            return new DiagnosisForm("", "", "", "", "", "");
        }

        UUID organisation() {
            UUID id = FrenchInput.id("organisationId", organisationId, "Choisissez une entreprise adhérente du cluster.");
            if (id == null) {
                throw new BusinessRuleException("organisationId", "Choisissez une entreprise adhérente du cluster.");
            }
            return id;
        }

        BigDecimal daysValue() {
            Double value = FrenchInput.decimal("days", days, 0.5, 10, "Le nombre de jours");
            return value == null ? null : BigDecimal.valueOf(value);
        }
    }

    record FindingForm(String theme, @NotBlank(message = "Écrivez le constat.") @Size(max = 2000, message = "Le constat tient en 2 000 caractères.") String finding) {

        DiagnosisTheme themeValue() {
            DiagnosisTheme value = FrenchInput.choice("theme", theme, DiagnosisTheme.class, "Choisissez le thème du constat.");
            if (value == null) {
                throw new BusinessRuleException("theme", "Choisissez le thème du constat.");
            }
            return value;
        }
    }

    record ActionForm(@NotBlank(message = "Indiquez l'action.") @Size(max = 300, message = "L'action tient en 300 caractères.") String title,
                      @NotBlank(message = "Indiquez qui porte l'action.") @Size(max = 200, message = "Le porteur tient en 200 caractères.") String owner,
                      String dueOn) {
    }

    private static String base(UUID clusterId) {
        return SupportController.base(clusterId) + "/diagnostics";
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/diagnostics")
    String list(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Actor actor = currentActor.require();
        var list = diagnoses.list(actor, id, page, SupportController.PAGE_SIZE);
        return listPage(model, actor, id, list, DiagnosisForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/diagnostics")
    String open(@PathVariable UUID id, @Valid @ModelAttribute("diagnosisForm") DiagnosisForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var list = diagnoses.list(actor, id, 0, SupportController.PAGE_SIZE);
        FormErrors.check(errors, form::organisation, () -> FrenchInput.date("startsOn", form.startsOn()),
                () -> FrenchInput.date("endsOn", form.endsOn()), form::daysValue);
        return Outcomes.submit(errors, () -> {
            UUID diagnosis = diagnoses.open(actor, id, form.organisation(), form.consultant(), FrenchInput.date("startsOn", form.startsOn()),
                    FrenchInput.date("endsOn", form.endsOn()), form.daysValue(), form.summary());
            flash.addFlashAttribute("success", "Le diagnostic RH est ouvert : écrivez ses constats et son plan d'actions.");
            return "redirect:" + base(id) + "/" + diagnosis;
        }, () -> listPage(model, actor, id, list, form, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/diagnostics/{diagnosisId}")
    String diagnosis(@PathVariable UUID id, @PathVariable UUID diagnosisId, Model model) {
        Actor actor = currentActor.require();
        return page(model, diagnoses.page(actor, id, diagnosisId), new FindingForm("", ""), new ActionForm("", "", ""), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/diagnostics/{diagnosisId}/constats")
    String addFinding(@PathVariable UUID id, @PathVariable UUID diagnosisId, @Valid @ModelAttribute("findingForm") FindingForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = diagnoses.page(actor, id, diagnosisId);
        FormErrors.check(errors, form::themeValue);
        return Outcomes.submit(errors, () -> {
            diagnoses.addFinding(actor, id, diagnosisId, form.themeValue(), form.finding());
            flash.addFlashAttribute("success", "Le constat est ajouté.");
            return "redirect:" + base(id) + "/" + diagnosisId + "#constats";
        }, () -> page(model, page, form, new ActionForm("", "", ""), FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/diagnostics/{diagnosisId}/actions")
    String addAction(@PathVariable UUID id, @PathVariable UUID diagnosisId, @Valid @ModelAttribute("actionForm") ActionForm form,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = diagnoses.page(actor, id, diagnosisId);
        FormErrors.check(errors, () -> FrenchInput.date("dueOn", form.dueOn()));
        return Outcomes.submit(errors, () -> {
            diagnoses.addAction(actor, id, diagnosisId, form.title(), form.owner(), FrenchInput.date("dueOn", form.dueOn()));
            flash.addFlashAttribute("success", "L'action est ajoutée au plan.");
            return "redirect:" + base(id) + "/" + diagnosisId + "#plan";
        }, () -> page(model, page, new FindingForm("", ""), form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/diagnostics/{diagnosisId}/actions/{actionId}")
    String changeStatus(@PathVariable UUID id, @PathVariable UUID diagnosisId, @PathVariable UUID actionId,
                        @RequestParam(name = "version") long version, @RequestParam(name = "status", required = false) String status,
                        RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(id) + "/" + diagnosisId + "#plan",
                () -> diagnoses.changeStatus(actor, id, diagnosisId, actionId, version,
                        FrenchInput.choice("status", status, Status.class, "Choisissez l'état de l'action.")),
                "L'état de l'action est enregistré.");
    }

    private String listPage(Model model, Actor actor, UUID clusterId, SupportDiagnoses.DiagnosesPage list, DiagnosisForm form, FormErrors formErrors) {
        boolean manages = diagnoses.manages(actor, clusterId);
        model.addAttribute("clusterId", clusterId);
        model.addAttribute("diagnoses", list);
        model.addAttribute("manages", manages);
        model.addAttribute("organisations", manages ? diagnoses.memberOptions(actor, clusterId) : java.util.List.of());
        model.addAttribute("diagnosisForm", form);
        model.addAttribute("formErrors", formErrors);
        return "clusters/support/diagnoses";
    }

    private String page(Model model, SupportDiagnoses.DiagnosisPage page, FindingForm finding, ActionForm action, FormErrors formErrors) {
        model.addAttribute("page", page);
        model.addAttribute("diagnosis", page.diagnosis());
        model.addAttribute("findingForm", finding);
        model.addAttribute("actionForm", action);
        model.addAttribute("themes", Arrays.stream(DiagnosisTheme.values()).map(t -> new Option(t.name(), t.label())).toList());
        model.addAttribute("statuses", Arrays.stream(Status.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("formErrors", formErrors);
        return "clusters/support/diagnosis";
    }
}
