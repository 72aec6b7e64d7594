package fr.passerelle.campus;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back office of the registry: the actor's campuses, their identity, partners and history. */
@Controller
class CampusAdminController {

    private static final EnumSet<OrganisationKind> SUPPORT_KINDS = EnumSet.of(OrganisationKind.SCHOOL,
            OrganisationKind.APPRENTICE_CENTRE, OrganisationKind.GRETA, OrganisationKind.UNIVERSITY, OrganisationKind.IUT,
            OrganisationKind.ENGINEERING_SCHOOL, OrganisationKind.OTHER);

    private final CampusRegistry registry;
    private final Directory directory;
    private final Territories territories;
    private final CurrentActor currentActor;

    CampusAdminController(CampusRegistry registry, Directory directory, Territories territories, CurrentActor currentActor) {
        this.registry = registry;
        this.directory = directory;
        this.territories = territories;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion")
    String dashboard(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("actor", actor);
        model.addAttribute("campuses", registry.inScopeOf(actor));
        model.addAttribute("canCreate", CampusPermissions.canCreateAny(actor));
        model.addAttribute("canImport", CampusPermissions.canImport(actor));
        return "gestion/dashboard";
    }

    @GetMapping("/gestion/campus/nouveau")
    String newCampus(Model model) {
        Actor actor = currentActor.require();
        if (!CampusPermissions.canCreateAny(actor)) {
            throw new AccessDeniedException("Seules la coordination régionale et l'administration nationale créent des campus.");
        }
        CampusForm form = CampusForm.empty();
        if (actor.regionCode() != null) {
            form = new CampusForm("", "", actor.regionCode(), "", "", "", "", "", "", "", "", "", "", 0);
        }
        return form(model, form, null, null, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus")
    String create(@Valid @ModelAttribute("form") CampusForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        if (!CampusPermissions.canCreateAny(actor)) {
            throw new AccessDeniedException("Seules la coordination régionale et l'administration nationale créent des campus.");
        }
        if (errors.hasErrors()) {
            return form(model, form, null, null, FormErrors.of(errors));
        }
        try {
            CampusCard created = registry.create(actor, form.toIdentity());
            flash.addFlashAttribute("success", "Le campus « " + created.name() + " » a été créé.");
            return "redirect:/gestion/campus/" + created.id() + "/modifier";
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
            return form(model, form, null, null, FormErrors.of(errors));
        }
    }

    @GetMapping("/gestion/campus/{id}/modifier")
    String edit(@PathVariable UUID id, Model model) {
        var editable = registry.editable(currentActor.require(), id);
        return form(model, CampusForm.of(editable.identity(), editable.version()), editable.card(), null, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CampusForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var current = registry.editable(actor, id);
        if (errors.hasErrors()) {
            return form(model, form, current.card(), null, FormErrors.of(errors));
        }
        try {
            registry.update(actor, id, form.version(), form.toIdentity());
            flash.addFlashAttribute("success", "Les modifications ont été enregistrées.");
            return "redirect:/gestion/campus/" + id + "/modifier";
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
            return form(model, form, current.card(), null, FormErrors.of(errors));
        } catch (ConcurrentEditException e) {
            return form(model, form, current.card(), new Conflict(e.getMessage(), CampusForm.of(current.identity(), current.version())), FormErrors.NONE);
        } catch (ObjectOptimisticLockingFailureException e) {
            var latest = registry.editable(actor, id);
            return form(model, form, latest.card(), new Conflict("Ce campus vient d'être modifié par quelqu'un d'autre. "
                    + "Vos modifications n'ont pas été enregistrées.", CampusForm.of(latest.identity(), latest.version())), FormErrors.NONE);
        }
    }

    /** The version saved by someone else while the form was open, shown beside what the user typed. */
    record Conflict(String message, CampusForm current) {
    }

    @GetMapping("/gestion/campus/{id}/partenaires")
    String partners(@PathVariable UUID id, @RequestParam(name = "organisationIdQuery", required = false) String query,
                    @RequestParam(name = "role", required = false) String role, Model model) {
        CampusCard campus = registry.requireEditable(currentActor.require(), id);
        return partnersPage(model, campus, new PartnerForm("", role == null ? MembershipRole.PARTNER.name() : role, "", ""),
                FormErrors.NONE, query);
    }

    record PartnerForm(@NotBlank(message = "Choisissez une organisation.") String organisationId,
                       @NotBlank(message = "Choisissez le rôle.") String role, String since, String until) {
    }

    @PostMapping("/gestion/campus/{id}/partenaires")
    String addPartner(@PathVariable UUID id, @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors,
                      Model model, RedirectAttributes flash) {
        CampusCard campus = registry.requireEditable(currentActor.require(), id);
        if (errors.hasErrors()) {
            return partnersPage(model, campus, form, FormErrors.of(errors), null);
        }
        try {
            UUID organisationId = parseUuid(form.organisationId(), "organisationId", "Choisissez une organisation de l'annuaire.");
            MembershipRole role = MembershipRole.valueOf(form.role());
            var partner = directory.addPartner(id, organisationId, role, FrenchInput.date("since", form.since()), FrenchInput.date("until", form.until()));
            flash.addFlashAttribute("success", partner.organisation().name() + " a été ajouté aux partenaires.");
            return "redirect:/gestion/campus/" + id + "/partenaires";
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            FormErrors.reject(errors, "role", "Choisissez un rôle de la liste.");
        }
        return partnersPage(model, campus, form, FormErrors.of(errors), null);
    }

    @PostMapping("/gestion/campus/{id}/partenaires/{membershipId}/retrait")
    String removePartner(@PathVariable UUID id, @PathVariable UUID membershipId, RedirectAttributes flash) {
        registry.requireEditable(currentActor.require(), id);
        try {
            directory.removePartner(id, membershipId);
            flash.addFlashAttribute("success", "Le partenaire a été retiré.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/partenaires";
    }

    record AgreementForm(String partnerId, String title, String signedOn, String validFrom, String validUntil,
                         String signatories) {
        static AgreementForm empty() {
            return new AgreementForm("", "", "", "", "", "");
        }
    }

    @PostMapping("/gestion/campus/{id}/conventions")
    String addAgreement(@PathVariable UUID id, @ModelAttribute("agreementForm") AgreementForm form,
                        @RequestParam(name = "fichier", required = false) org.springframework.web.multipart.MultipartFile file,
                        Model model, RedirectAttributes flash) throws java.io.IOException {
        CampusCard campus = registry.requireEditable(currentActor.require(), id);
        var errors = new org.springframework.validation.BeanPropertyBindingResult(form, "agreementForm");
        try {
            UUID organisation = parseUuid(form.partnerId() == null ? "" : form.partnerId(), "partnerId",
                    "Choisissez le partenaire signataire.");
            var details = new fr.passerelle.directory.AgreementDetails(form.title(), FrenchInput.date("signedOn", form.signedOn()),
                    FrenchInput.date("validFrom", form.validFrom()), FrenchInput.date("validUntil", form.validUntil()), fr.passerelle.platform.Text.trimToNull(form.signatories()));
            var agreement = directory.addAgreement(id, organisation, details, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            flash.addFlashAttribute("success", "La convention « " + agreement.title() + " » a été enregistrée.");
            return "redirect:/gestion/campus/" + id + "/partenaires#conventions";
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
        }
        model.addAttribute("agreementErrors", FormErrors.of(errors));
        model.addAttribute("agreementForm", form);
        return partnersPage(model, campus, new PartnerForm("", MembershipRole.PARTNER.name(), "", ""), FormErrors.NONE, null);
    }

    @GetMapping("/gestion/campus/{id}/conventions/{agreementId}/fichier")
    org.springframework.http.ResponseEntity<byte[]> agreementFile(@PathVariable UUID id, @PathVariable UUID agreementId) {
        registry.requireReadable(currentActor.require(), id);
        var file = directory.agreementFile(id, agreementId).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        return fr.passerelle.platform.Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/gestion/campus/{id}/conventions/{agreementId}/retrait")
    String removeAgreement(@PathVariable UUID id, @PathVariable UUID agreementId, RedirectAttributes flash) {
        registry.requireEditable(currentActor.require(), id);
        try {
            directory.removeAgreement(id, agreementId);
            flash.addFlashAttribute("success", "La convention a été retirée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/partenaires#conventions";
    }

    @PostMapping("/gestion/campus/{id}/contacts")
    String addContact(@PathVariable UUID id, @RequestParam(name = "personId", required = false) String personId,
                      RedirectAttributes flash) {
        registry.requireEditable(currentActor.require(), id);
        try {
            UUID person = parseUuid(personId == null ? "" : personId, "personId", "Choisissez une personne de la liste.");
            var contact = directory.addContact(id, person);
            flash.addFlashAttribute("success", contact.contact().fullName() + " est désormais contact du campus.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/partenaires#contacts";
    }

    @PostMapping("/gestion/campus/{id}/contacts/{membershipId}/retrait")
    String removeContact(@PathVariable UUID id, @PathVariable UUID membershipId, RedirectAttributes flash) {
        registry.requireEditable(currentActor.require(), id);
        try {
            directory.removeContact(id, membershipId);
            flash.addFlashAttribute("success", "Le contact a été retiré.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/partenaires#contacts";
    }

    @GetMapping("/gestion/campus/{id}/historique")
    String history(@PathVariable UUID id, @RequestParam(name = "avant", required = false) String before, Model model) {
        Long cursor = before == null || !before.strip().matches("\\d{1,18}") ? null : Long.valueOf(before.strip());
        var page = registry.history(currentActor.require(), id, cursor);
        model.addAttribute("campus", registry.byId(id).orElseThrow());
        model.addAttribute("entries", page.entries());
        model.addAttribute("page", page);
        model.addAttribute("firstPage", cursor == null);
        return "gestion/history";
    }

    // --- the label, corrected by the national administrator -------------------------------------------------------

    @GetMapping("/gestion/campus/{id}/label/correction")
    String labelCorrection(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        var editable = registry.editable(actor, id);
        requireLabelCorrection(actor);
        return correctionPage(model, editable, LabelCorrectionForm.of(editable.identity(), editable.version()), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/label/correction")
    String correctLabel(@PathVariable UUID id, @Valid @ModelAttribute("correction") LabelCorrectionForm form, BindingResult errors,
                        Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var editable = registry.editable(actor, id);
        requireLabelCorrection(actor);
        if (errors.hasErrors()) {
            return correctionPage(model, editable, form, FormErrors.of(errors));
        }
        try {
            registry.correctLabel(actor, id, form.version(), form.toCorrection());
            flash.addFlashAttribute("success", "Le label est corrigé ; la correction et son motif figurent dans l'historique du campus.");
            return "redirect:/gestion/campus/" + id + "/modifier";
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
            return correctionPage(model, editable, form, FormErrors.of(errors));
        } catch (ObjectOptimisticLockingFailureException e) {
            var latest = registry.editable(actor, id);
            return correctionPage(model, latest, new LabelCorrectionForm(form.category(), form.labelStatus(), form.firstLabelYear(),
                    form.labelValidFrom(), form.labelValidUntil(), form.reason(), latest.version()), FormErrors.of(null, "Ce campus vient "
                    + "d'être modifié par quelqu'un d'autre : la correction n'a pas été enregistrée. Vérifiez le label actuel ci-dessus "
                    + "et enregistrez à nouveau."));
        }
    }

    private static void requireLabelCorrection(Actor actor) {
        if (!CampusPermissions.canCorrectLabel(actor)) {
            throw new AccessDeniedException("Le label d'un campus change par une décision de labellisation ; "
                    + "seule l'administration nationale peut le corriger.");
        }
    }

    private String correctionPage(Model model, CampusRegistry.Editable editable, LabelCorrectionForm form, FormErrors formErrors) {
        model.addAttribute("campus", editable.card());
        model.addAttribute("label", editable.identity());
        model.addAttribute("correction", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("categoryOptions", Arrays.stream(LabelCategory.values()).map(v -> new Option(v.name(), v.label())).toList());
        model.addAttribute("statusOptions", Arrays.stream(LabelStatus.values()).map(v -> new Option(v.name(), v.label())).toList());
        return "gestion/label-correction";
    }

    private String partnersPage(Model model, CampusCard campus, PartnerForm form, FormErrors formErrors, String query) {
        model.addAttribute("campus", campus);
        model.addAttribute("partners", directory.partnersOf(campus.id()));
        model.addAttribute("organisationQuery", query == null ? "" : query);
        model.addAttribute("organisationChoices", directory.choices(query, null, 15));
        model.addAttribute("selectedOrganisation", uuid(form.organisationId()).flatMap(directory::organisation).orElse(null));
        model.addAttribute("roleOptions", Arrays.stream(MembershipRole.values()).filter(r -> r != MembershipRole.CONTACT)
                .map(r -> new Option(r.name(), r.label())).toList());
        model.addAttribute("contacts", directory.contactsOf(campus.id()));
        model.addAttribute("agreements", directory.agreementsOf(campus.id()));
        model.addAttribute("partnerOptions", directory.partnersOf(campus.id()).stream().map(p -> p.organisation()).distinct()
                .map(o -> new Option(o.id().toString(), o.displayName())).toList());
        if (!model.containsAttribute("agreementForm")) {
            model.addAttribute("agreementForm", AgreementForm.empty());
        }
        if (!model.containsAttribute("agreementErrors")) {
            model.addAttribute("agreementErrors", FormErrors.NONE);
        }
        model.addAttribute("contactOptions", directory.candidateContacts(campus.id()).stream()
                .map(c -> new Option(c.id().toString(), c.fullName() + " — " + c.organisationName())).toList());
        model.addAttribute("partnerForm", form);
        model.addAttribute("formErrors", formErrors);
        return "gestion/partners";
    }

    private String form(Model model, CampusForm form, CampusCard campus, Conflict conflict, FormErrors formErrors) {
        model.addAttribute("form", form);
        model.addAttribute("campus", campus);
        model.addAttribute("label", campus == null ? null : registry.editable(currentActor.require(), campus.id()).identity());
        model.addAttribute("labelCorrectable", campus != null && CampusPermissions.canCorrectLabel(currentActor.require()));
        model.addAttribute("conflict", conflict);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("sectorOptions", Arrays.stream(Sector.values()).map(v -> new Option(v.name(), v.label())).toList());
        model.addAttribute("regionOptions", territories.regions().stream().map(r -> new Option(r.code(), r.name())).toList());
        model.addAttribute("academyOptions", territories.academies().stream()
                .map(a -> new Option(a.code(), a.name() + " (" + territories.regionName(a.regionCode()) + ")")).toList());
        model.addAttribute("noChoices", List.of());
        model.addAttribute("selectedSupport", uuid(form.supportEstablishmentId()).flatMap(directory::organisation).orElse(null));
        model.addAttribute("supportKinds", SUPPORT_KINDS.stream().map(k -> "&types=" + k.name()).collect(java.util.stream.Collectors.joining()));
        return "gestion/campus-form";
    }


    private static java.util.Optional<UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static UUID parseUuid(String value, String field, String message) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field, message);
        }
    }

}
