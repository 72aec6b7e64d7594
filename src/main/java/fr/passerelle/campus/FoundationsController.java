package fr.passerelle.campus;

import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
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

/**
 * The back-office page of a campus's framework agreement and carrying structure: read by those who read its back
 * office, changed by those who edit the campus. After a concurrent edit, the form comes back with what was typed, the
 * message, and the version now saved shown above it; it then carries that version.
 */
@Controller
class FoundationsController {

    private final CampusFoundations foundations;
    private final CampusRegistry registry;
    private final Directory directory;
    private final CurrentActor currentActor;

    FoundationsController(CampusFoundations foundations, CampusRegistry registry, Directory directory, CurrentActor currentActor) {
        this.foundations = foundations;
        this.registry = registry;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/campus/{id}/convention-cadre")
    String page(@PathVariable UUID id, @RequestParam(name = "organisationIdQuery", required = false) String query, Model model) {
        var current = foundations.of(currentActor.require(), id);
        return page(model, current, null, null, FormErrors.NONE, FormErrors.NONE, query);
    }

    @PostMapping("/gestion/campus/{id}/convention-cadre")
    String saveAgreement(@PathVariable UUID id, @Valid @ModelAttribute("agreementForm") FrameworkAgreementForm form, BindingResult errors,
                         Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        registry.requireEditable(actor, id);
        return Outcomes.submit(errors, () -> {
            foundations.recordAgreement(actor, id, form.expectedVersion(), form.toTerms(), form.fileName(), form.fileContent());
            flash.addFlashAttribute("success", "La convention cadre est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/convention-cadre";
        }, () -> {
            var latest = foundations.of(actor, id);
            String saved = latest.agreement() == null ? "" : Long.toString(latest.agreement().version());
            FrameworkAgreementForm shown = stale(form.version(), saved, errors) ? form.withBlankLines().withVersion(saved) : form.withBlankLines();
            return page(model, latest, shown, null, FormErrors.of(errors), FormErrors.NONE, null);
        });
    }

    @PostMapping("/gestion/campus/{id}/structure-porteuse")
    String saveStructure(@PathVariable UUID id, @Valid @ModelAttribute("structureForm") CarryingStructureForm form, BindingResult errors,
                         Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        registry.requireEditable(actor, id);
        return Outcomes.submit(errors, () -> {
            foundations.declareStructure(actor, id, form.expectedVersion(), form.toDetails());
            flash.addFlashAttribute("success", "La structure porteuse est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/convention-cadre#structure";
        }, () -> {
            var latest = foundations.of(actor, id);
            String saved = latest.structure() == null ? "" : Long.toString(latest.structure().version());
            CarryingStructureForm shown = stale(form.version(), saved, errors) ? form.withVersion(saved) : form;
            return page(model, latest, null, shown, FormErrors.NONE, FormErrors.of(errors), null);
        });
    }

    @GetMapping("/gestion/campus/{id}/convention-cadre/fichier")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        var file = foundations.agreementFile(currentActor.require(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    /**
     * Whether the form was refused because someone saved since it was opened (the service's {@link ConcurrentEditException},
     * a form-wide error): the form then carries the version now saved, which the page shows above it.
     */
    private static boolean stale(String typedVersion, String savedVersion, BindingResult errors) {
        return !typedVersion.strip().equals(savedVersion) && !errors.hasFieldErrors() && errors.hasGlobalErrors();
    }

    private String page(Model model, CampusFoundations.Foundations current, FrameworkAgreementForm agreementForm,
                        CarryingStructureForm structureForm, FormErrors agreementErrors, FormErrors structureErrors, String query) {
        model.addAttribute("campus", current.campus());
        model.addAttribute("agreement", current.agreement());
        model.addAttribute("structure", current.structure());
        model.addAttribute("editable", current.editable());
        model.addAttribute("agreementForm", agreementForm != null ? agreementForm
                : current.agreement() == null ? FrameworkAgreementForm.empty() : FrameworkAgreementForm.of(current.agreement()));
        model.addAttribute("structureForm", structureForm != null ? structureForm
                : current.structure() == null ? CarryingStructureForm.empty() : CarryingStructureForm.of(current.structure()));
        model.addAttribute("agreementErrors", agreementErrors);
        model.addAttribute("structureErrors", structureErrors);
        model.addAttribute("legalForms", Arrays.stream(LegalForm.values()).map(f -> new Option(f.name(), f.label())).toList());
        CarryingStructureForm shownStructure = (CarryingStructureForm) model.getAttribute("structureForm");
        model.addAttribute("selectedOrganisation", FrenchInput.pickedId(shownStructure.organisationId()).flatMap(directory::organisation).orElse(null));
        model.addAttribute("organisationQuery", query == null ? "" : query);
        model.addAttribute("organisationChoices", query == null ? java.util.List.of() : directory.choices(query, null, 15));
        return "gestion/foundations";
    }
}
