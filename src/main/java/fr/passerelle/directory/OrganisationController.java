package fr.passerelle.directory;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
    private final Territories territories;
    private final CurrentActor currentActor;

    OrganisationController(Directory directory, Territories territories, CurrentActor currentActor) {
        this.directory = directory;
        this.territories = territories;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/organisations")
    String list(@RequestParam(name = "q", required = false) String q, Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("q", q == null ? "" : q);
        var found = directory.search(q, 200);
        var campusRegions = directory.campusRegionsOf(found.stream().filter(o -> o.municipalityCode() == null)
                .map(OrganisationSummary::id).toList());
        model.addAttribute("organisations", found.stream().map(o -> new Row(o, DirectoryPermissions.canEdit(actor, o.id(),
                regionOf(o.municipalityCode()), campusRegions.getOrDefault(o.id(), java.util.Set.of())))).toList());
        model.addAttribute("canRegister", DirectoryPermissions.canRegister(actor));
        return "directory/organisations";
    }

    record Row(OrganisationSummary organisation, boolean editable) {
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
        requireRegister();
        return form(model, OrganisationForm.empty(), null, FormErrors.NONE);
    }

    @PostMapping("/gestion/organisations")
    String register(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        requireRegister();
        if (errors.hasErrors()) {
            return form(model, form, null, FormErrors.of(errors));
        }
        try {
            checkMunicipality(form);
            OrganisationSummary created = directory.register(form.toDetails());
            flash.addFlashAttribute("success", "« " + created.name() + " » a été ajoutée à l'annuaire.");
            return "redirect:/gestion/organisations?q=" + java.net.URLEncoder.encode(created.name(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
            return form(model, form, null, FormErrors.of(errors));
        }
    }

    @GetMapping("/gestion/organisations/{id}/modifier")
    String edit(@PathVariable UUID id, Model model) {
        OrganisationDetails details = requireEdit(id);
        return form(model, OrganisationForm.of(details, directory.version(id)), id, FormErrors.NONE);
    }

    @PostMapping("/gestion/organisations/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        requireEdit(id);
        if (errors.hasErrors()) {
            return form(model, form, id, FormErrors.of(errors));
        }
        try {
            checkMunicipality(form);
            if (!DirectoryPermissions.canEdit(currentActor.require(), id, regionOf(form.municipalityCode()), campusRegionsOf(id))) {
                throw new BusinessRuleException("municipalityCode", "Vous ne pouvez pas placer cette organisation hors de votre périmètre : "
                        + "choisissez une commune de votre région.");
            }
            directory.update(id, form.version(), form.toDetails());
            flash.addFlashAttribute("success", "Les modifications ont été enregistrées.");
            return "redirect:/gestion/organisations/" + id + "/modifier";
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
            return form(model, form, id, FormErrors.of(errors));
        }
    }

    @PostMapping("/gestion/organisations/{id}/personnes")
    String addPerson(@PathVariable UUID id, @Valid @ModelAttribute("personForm") PersonForm person, BindingResult errors,
                     Model model, RedirectAttributes flash) {
        OrganisationDetails details = requireEdit(id);
        if (errors.hasErrors()) {
            model.addAttribute("personErrors", FormErrors.of(errors));
            return form(model, OrganisationForm.of(details, directory.version(id)), id, FormErrors.NONE);
        }
        Contact added = directory.addPerson(id, person.toDetails());
        flash.addFlashAttribute("success", added.fullName() + " a été ajouté·e.");
        return "redirect:/gestion/organisations/" + id + "/modifier#personnes";
    }

    @PostMapping("/gestion/organisations/{id}/personnes/{personId}/retrait")
    String removePerson(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes flash) {
        requireEdit(id);
        try {
            directory.removePerson(id, personId);
            flash.addFlashAttribute("success", "La personne a été retirée de l'annuaire : ses mandats dans les instances des campus "
                    + "ont pris fin aujourd'hui ; les réunions auxquelles elle a assisté la mentionnent toujours.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/organisations/" + id + "/modifier#personnes";
    }

    private void checkMunicipality(OrganisationForm form) {
        if (form.municipalityCode() != null && !form.municipalityCode().isBlank()
                && territories.municipality(form.municipalityCode()).isEmpty()) {
            throw new BusinessRuleException("municipalityCode", "Aucune commune n'a le code INSEE « " + form.municipalityCode().strip() + " ».");
        }
    }

    /** The organisation and its people, if the actor may edit them (see {@link DirectoryPermissions}). */
    private OrganisationDetails requireEdit(UUID id) {
        OrganisationDetails details = directory.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!DirectoryPermissions.canEdit(currentActor.require(), id, regionOf(details.municipalityCode()), campusRegionsOf(id))) {
            throw new AccessDeniedException("Cette organisation n'est pas dans votre périmètre.");
        }
        return details;
    }

    private java.util.Set<String> campusRegionsOf(UUID organisation) {
        return directory.campusRegionsOf(java.util.List.of(organisation)).getOrDefault(organisation, java.util.Set.of());
    }

    private void requireRegister() {
        if (!DirectoryPermissions.canRegister(currentActor.require())) {
            throw new AccessDeniedException("Votre rôle ne permet pas d'ajouter des organisations à l'annuaire.");
        }
    }

    private String regionOf(String municipalityCode) {
        return municipalityCode == null || municipalityCode.isBlank() ? null
                : territories.academyOfMunicipality(municipalityCode.strip()).map(a -> a.regionCode()).orElse(null);
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
