package fr.passerelle.training;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
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

    @GetMapping("/gestion/campus/{id}/formations")
    String page(@PathVariable UUID id, @RequestParam(name = "diplomaQuery", required = false) String query, Model model) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireReadable(actor, id);
        TrainingForm form = query == null ? TrainingForm.empty() : TrainingForm.searching(query);
        return page(model, campus, form, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/formations")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("form") TrainingForm form, BindingResult errors, Model model,
               RedirectAttributes flash) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireManageable(actor, id);
        return Outcomes.submit(errors, () -> {
            Training added = trainings.add(actor, id, form.toDetails());
            flash.addFlashAttribute("success", "La formation « " + added.diploma().displayName() + " » est ajoutée.");
            return "redirect:/gestion/campus/" + id + "/formations";
        }, () -> page(model, campus, form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/campus/{id}/formations/{trainingId}/retrait")
    String remove(@PathVariable UUID id, @PathVariable UUID trainingId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/formations", () -> trainings.remove(actor, id, trainingId),
                "La formation est retirée.");
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
}
