package fr.passerelle.directory;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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

/** The directory in the back office: find, register and edit organisations. */
@Controller
class OrganisationController {

    private final Directory directory;
    private final CurrentActor currentActor;

    OrganisationController(Directory directory, CurrentActor currentActor) {
        this.directory = directory;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/organisations")
    String list(@RequestParam(name = "q", required = false) String q, Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("organisations", directory.search(actor, q, 200));
        model.addAttribute("canRegister", directory.canRegister(actor));
        return "directory/organisations";
    }

    /**
     * The organisation picker's results: up to 15 organisations matching what was typed, as radio buttons named
     * {@code champ}. Used by htmx as one types, and by the pages themselves when JavaScript is off.
     */
    @GetMapping("/gestion/organisations/choix")
    String choices(@RequestParam(name = "champ") String field,
                   @RequestParam(name = "types", required = false) java.util.List<OrganisationKind> kinds,
                   @RequestParam org.springframework.util.MultiValueMap<String, String> params, Model model) {
        currentActor.require();
        if (!field.matches("[A-Za-z]{1,40}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Champ invalide");
        }
        String q = params.getFirst(field + "Query");
        model.addAttribute("field", field);
        model.addAttribute("query", q == null ? "" : q.strip());
        model.addAttribute("choices", directory.choices(q, kinds, 15));
        model.addAttribute("selected", null);
        return "fragments/organisation-picker :: results";
    }

    @GetMapping("/gestion/organisations/nouvelle")
    String newOrganisation(Model model) {
        directory.requireRegistrar(currentActor.require());
        return form(model, OrganisationForm.empty(), null, FormErrors.NONE);
    }

    @PostMapping("/gestion/organisations")
    String register(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        directory.requireRegistrar(actor);
        return Outcomes.submit(errors, () -> {
            OrganisationSummary created = directory.register(actor, form.toDetails());
            flash.addFlashAttribute("success", "« " + created.name() + " » a été ajoutée à l'annuaire.");
            return "redirect:/gestion/organisations?q=" + URLEncoder.encode(created.name(), StandardCharsets.UTF_8);
        }, () -> form(model, form, null, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/organisations/{id}/modifier")
    String edit(@PathVariable UUID id, Model model) {
        var editable = directory.editable(currentActor.require(), id);
        return form(model, OrganisationForm.of(editable.details(), editable.version()), id, FormErrors.NONE);
    }

    @PostMapping("/gestion/organisations/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        directory.editable(actor, id);
        return Outcomes.submit(errors, () -> {
            directory.update(actor, id, form.version(), form.toDetails());
            flash.addFlashAttribute("success", "Les modifications ont été enregistrées.");
            return "redirect:/gestion/organisations/" + id + "/modifier";
        }, () -> form(model, form, id, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/organisations/{id}/personnes")
    String addPerson(@PathVariable UUID id, @Valid @ModelAttribute("personForm") PersonForm person, BindingResult errors,
                     Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var editable = directory.editable(actor, id);
        return Outcomes.submit(errors, () -> {
            Contact added = directory.addPerson(actor, id, person.toDetails());
            flash.addFlashAttribute("success", added.fullName() + " a été ajouté·e.");
            return "redirect:/gestion/organisations/" + id + "/modifier#personnes";
        }, () -> {
            model.addAttribute("personErrors", FormErrors.of(errors));
            return form(model, OrganisationForm.of(editable.details(), editable.version()), id, FormErrors.NONE);
        });
    }

    @PostMapping("/gestion/organisations/{id}/personnes/{personId}/retrait")
    String removePerson(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/organisations/" + id + "/modifier#personnes", () -> directory.removePerson(actor, id, personId),
                "La personne a été retirée de l'annuaire : ses mandats dans les instances des campus "
                        + "ont pris fin aujourd'hui ; les réunions auxquelles elle a assisté la mentionnent toujours.");
    }

    private String form(Model model, OrganisationForm form, UUID id, FormErrors formErrors) {
        model.addAttribute("form", form);
        model.addAttribute("organisationId", id);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("people", id == null ? java.util.List.of() : directory.peopleOf(id));
        if (!model.containsAttribute("personForm")) {
            model.addAttribute("personForm", PersonForm.empty());
        }
        if (!model.containsAttribute("personErrors")) {
            model.addAttribute("personErrors", FormErrors.NONE);
        }
        model.addAttribute("kindOptions", Arrays.stream(OrganisationKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        return "directory/organisation-form";
    }

}
