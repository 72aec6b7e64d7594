package fr.passerelle.campus;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

/** The back office of the registry: a campus's identity, partners and history (its place on the landing page is {@link CampusesPanel}). */
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

    @GetMapping("/gestion/campus/nouveau")
    String newCampus(Model model) {
        Actor actor = currentActor.require();
        registry.requireCreator(actor);
        CampusForm form = CampusForm.empty();
        if (actor.regionCode() != null) {
            form = new CampusForm("", "", actor.regionCode(), "", "", "", "", "", "", "", "", "", "", 0, List.of(), List.of());
        }
        return form(model, form, null, null, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus")
    String create(@Valid @ModelAttribute("form") CampusForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        registry.requireCreator(actor);
        return Outcomes.submit(errors, () -> {
            CampusCard created = registry.create(actor, form.toIdentity());
            flash.addFlashAttribute("success", "Le campus « " + created.name() + " » a été créé.");
            return "redirect:/gestion/campus/" + created.id() + "/modifier";
        }, () -> form(model, form, null, null, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/campus/{id}/modifier")
    String edit(@PathVariable UUID id, Model model) {
        var editable = registry.editable(currentActor.require(), id);
        return form(model, CampusForm.of(editable.identity(), editable.version()), editable.card(), null, FormErrors.NONE);
    }

    /**
     * Saves the identity. When someone else saved the campus since the form was opened ({@link
     * fr.passerelle.platform.ConcurrentEditException}), the form comes back with what was typed beside the version saved
     * meanwhile, whose version it now carries.
     */
    @PostMapping("/gestion/campus/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CampusForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        registry.editable(actor, id);
        return Outcomes.submit(errors, () -> {
            registry.update(actor, id, form.version(), form.toIdentity());
            flash.addFlashAttribute("success", "Les modifications ont été enregistrées.");
            return "redirect:/gestion/campus/" + id + "/modifier";
        }, () -> {
            var latest = registry.editable(actor, id);
            boolean stale = latest.version() != form.version() && !errors.hasFieldErrors() && errors.hasGlobalErrors();
            return stale
                    ? form(model, form, latest.card(), new Conflict(errors.getGlobalError().getDefaultMessage(),
                            CampusForm.of(latest.identity(), latest.version())), FormErrors.NONE)
                    : form(model, form, latest.card(), null, FormErrors.of(errors));
        });
    }

    /** The version saved by someone else while the form was open, shown beside what the user typed. */
    record Conflict(String message, CampusForm current) {
    }

    @GetMapping("/gestion/campus/{id}/partenaires")
    String partners(@PathVariable UUID id, @RequestParam(name = "organisationIdQuery", required = false) String query,
                    @RequestParam(name = "role", required = false) String role, Model model) {
        CampusCard campus = registry.requireEditable(currentActor.require(), id);
        return partnersPage(model, campus, PartnerForm.empty(role), FormErrors.NONE, query);
    }

    @PostMapping("/gestion/campus/{id}/partenaires")
    String addPartner(@PathVariable UUID id, @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors,
                      Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireEditable(actor, id);
        return Outcomes.submit(errors, () -> {
            var partner = directory.addPartner(actor, id, form.organisation(), form.membershipRole(), form.sinceDate(), form.untilDate());
            flash.addFlashAttribute("success", partner.organisation().name() + " a été ajouté aux partenaires.");
            return "redirect:/gestion/campus/" + id + "/partenaires";
        }, () -> partnersPage(model, campus, form, FormErrors.of(errors), null));
    }

    @PostMapping("/gestion/campus/{id}/partenaires/{membershipId}/retrait")
    String removePartner(@PathVariable UUID id, @PathVariable UUID membershipId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/partenaires", () -> directory.removePartner(actor, id, membershipId),
                "Le partenaire a été retiré.");
    }

    @PostMapping("/gestion/campus/{id}/conventions")
    String addAgreement(@PathVariable UUID id, @Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult errors,
                        Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireEditable(actor, id);
        return Outcomes.submit(errors, () -> {
            var agreement = directory.addAgreement(actor, id, form.partner(), form.toDetails(), form.fileName(), form.fileContent());
            flash.addFlashAttribute("success", "La convention « " + agreement.title() + " » a été enregistrée.");
            return "redirect:/gestion/campus/" + id + "/partenaires#conventions";
        }, () -> {
            model.addAttribute("agreementErrors", FormErrors.of(errors));
            return partnersPage(model, campus, PartnerForm.empty(null), FormErrors.NONE, null);
        });
    }

    @GetMapping("/gestion/campus/{id}/conventions/{agreementId}/fichier")
    ResponseEntity<byte[]> agreementFile(@PathVariable UUID id, @PathVariable UUID agreementId) {
        registry.requireReadable(currentActor.require(), id);
        var file = directory.agreementFile(id, agreementId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/gestion/campus/{id}/conventions/{agreementId}/retrait")
    String removeAgreement(@PathVariable UUID id, @PathVariable UUID agreementId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/partenaires#conventions",
                () -> directory.removeAgreement(actor, id, agreementId), "La convention a été retirée.");
    }

    @PostMapping("/gestion/campus/{id}/contacts")
    String addContact(@PathVariable UUID id, @RequestParam(name = "personId", required = false) String personId,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        registry.requireEditable(actor, id);
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/partenaires#contacts",
                () -> directory.addContact(actor, id, FrenchInput.id("personId", personId, "Choisissez une personne de la liste.")),
                contact -> contact.contact().fullName() + " est désormais contact du campus.");
    }

    @PostMapping("/gestion/campus/{id}/contacts/{membershipId}/retrait")
    String removeContact(@PathVariable UUID id, @PathVariable UUID membershipId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/partenaires#contacts",
                () -> directory.removeContact(actor, id, membershipId), "Le contact a été retiré.");
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
        var correctable = registry.correctable(currentActor.require(), id);
        return correctionPage(model, correctable, LabelCorrectionForm.of(correctable.identity(), correctable.version()), FormErrors.NONE);
    }

    /** Corrects the label; after a concurrent edit, the form shows the label saved meanwhile and carries its version. */
    @PostMapping("/gestion/campus/{id}/label/correction")
    String correctLabel(@PathVariable UUID id, @Valid @ModelAttribute("correction") LabelCorrectionForm form, BindingResult errors,
                        Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        registry.correctable(actor, id);
        return Outcomes.submit(errors, () -> {
            registry.correctLabel(actor, id, form.version(), form.toCorrection());
            flash.addFlashAttribute("success", "Le label est corrigé ; la correction et son motif figurent dans l'historique du campus.");
            return "redirect:/gestion/campus/" + id + "/modifier";
        }, () -> {
            var latest = registry.correctable(actor, id);
            return correctionPage(model, latest, form.withVersion(latest.version()), FormErrors.of(errors));
        });
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
        model.addAttribute("otherAcademyOptions", otherAcademyOptions(territories));
        model.addAttribute("noChoices", List.of());
        model.addAttribute("selectedSupport", uuid(form.supportEstablishmentId()).flatMap(directory::organisation).orElse(null));
        model.addAttribute("supportKinds", SUPPORT_KINDS.stream().map(k -> "&types=" + k.name()).collect(Collectors.joining()));
        return "gestion/campus-form";
    }


    /**
     * The académies a campus may cover besides its main one: those of the régions that hold several académies (a
     * campus common to Lille and Amiens, to Nancy-Metz and Reims…), named with their région.
     */
    static List<Option> otherAcademyOptions(Territories territories) {
        var byRegion = territories.academies().stream().collect(Collectors.groupingBy(a -> a.regionCode(), Collectors.counting()));
        return territories.academies().stream().filter(a -> byRegion.get(a.regionCode()) > 1)
                .sorted(java.util.Comparator.comparing((fr.passerelle.territory.Academy a) -> territories.regionName(a.regionCode()))
                        .thenComparing(fr.passerelle.territory.Academy::name))
                .map(a -> new Option(a.code(), a.name() + " (" + territories.regionName(a.regionCode()) + ")")).toList();
    }

    private static Optional<UUID> uuid(String value) {
        return FrenchInput.pickedId(value);
    }
}
