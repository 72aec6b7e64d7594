package fr.passerelle.training;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import java.time.Clock;
import java.time.Year;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainings of a campus in the back office: read by the staff of its territory, changed by those who run it.
 * The diploma is chosen by searching its code or wording as one types; refused inputs come back with what was typed.
 */
@Controller
class TrainingsController {

    private final Trainings trainings;
    private final CampusRegistry registry;
    private final CurrentActor currentActor;
    private final Clock clock;

    TrainingsController(Trainings trainings, CampusRegistry registry, CurrentActor currentActor, Clock clock) {
        this.trainings = trainings;
        this.registry = registry;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record TrainingForm(String diplomaCode, String diplomaQuery, String organisationId, String route, String sinceYear) {
        static TrainingForm empty() {
            return new TrainingForm("", "", "", "SCHOOL", "");
        }
    }

    @GetMapping("/gestion/campus/{id}/formations")
    String page(@PathVariable UUID id, @RequestParam(name = "diplomaQuery", required = false) String query, Model model) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireReadable(actor, id);
        TrainingForm form = query == null ? TrainingForm.empty() : new TrainingForm("", query, "", "SCHOOL", "");
        return page(model, campus, form, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/formations")
    String add(@PathVariable UUID id, @ModelAttribute TrainingForm form, Model model, RedirectAttributes flash) {
        CampusCard campus = registry.requireManageable(currentActor.require(), id);
        try {
            Training added = trainings.add(id, form.diplomaCode(), organisation(form.organisationId()), route(form.route()), year(form.sinceYear()));
            flash.addFlashAttribute("success", "La formation « " + added.diploma().displayName() + " » est ajoutée.");
            return "redirect:/gestion/campus/" + id + "/formations";
        } catch (BusinessRuleException e) {
            return page(model, campus, form, FormErrors.of(e.field(), e.getMessage()));
        }
    }

    @PostMapping("/gestion/campus/{id}/formations/{trainingId}/retrait")
    String remove(@PathVariable UUID id, @PathVariable UUID trainingId, RedirectAttributes flash) {
        registry.requireManageable(currentActor.require(), id);
        try {
            trainings.remove(id, trainingId);
            flash.addFlashAttribute("success", "La formation est retirée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/formations";
    }

    /** The diplomas matching what is typed, as radio buttons (htmx). */
    @GetMapping("/gestion/formations/diplomes")
    String diplomas(@RequestParam(name = "diplomaQuery", required = false) String query, Model model) {
        currentActor.require();
        model.addAttribute("query", query == null ? "" : query.strip());
        model.addAttribute("choices", trainings.searchDiplomas(query, 15));
        model.addAttribute("selected", null);
        return "training/diploma-picker :: results";
    }

    private String page(Model model, CampusCard campus, TrainingForm form, FormErrors errors) {
        Actor actor = currentActor.require();
        boolean editable = registry.canManage(actor, campus.id());
        model.addAttribute("campus", campus);
        model.addAttribute("editable", editable);
        model.addAttribute("registryEditable", registry.canEdit(actor, campus.id()));
        model.addAttribute("groups", trainings.byLevel(campus.id()));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        if (editable) {
            var establishments = trainings.establishments(campus.id());
            model.addAttribute("schools", establishments.stream().filter(o -> Trainings.TRAINING_KINDS.contains(o.kind())).toList());
            model.addAttribute("others", establishments.stream().filter(o -> !Trainings.TRAINING_KINDS.contains(o.kind())).toList());
            model.addAttribute("routes", TrainingRoute.values());
            model.addAttribute("query", form.diplomaQuery() == null ? "" : form.diplomaQuery().strip());
            model.addAttribute("selected", trainings.diploma(form.diplomaCode()).orElse(null));
            model.addAttribute("choices", trainings.searchDiplomas(form.diplomaQuery(), 15));
            model.addAttribute("lastYear", Year.now(clock).getValue() + 1);
        }
        return "training/trainings";
    }

    private static UUID organisation(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("organisationId", "Cet établissement n’est pas partenaire du campus.");
        }
    }

    private static TrainingRoute route(String text) {
        try {
            return text == null || text.isBlank() ? null : TrainingRoute.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("route", "Choisissez la voie de formation.");
        }
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("sinceYear", "L’année d’ouverture s’écrit en chiffres, par exemple 2019.");
        }
    }
}
