package fr.passerelle.labelling;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import fr.passerelle.platform.Outcomes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calls for projects: written and published by the national administrator, read by everyone once published. */
@Controller
class CallController {

    private final Calls calls;
    private final ApplicationQueries applications;
    private final CurrentActor currentActor;

    CallController(Calls calls, ApplicationQueries applications, CurrentActor currentActor) {
        this.calls = calls;
        this.applications = applications;
        this.currentActor = currentActor;
    }

    record CallForm(Long version,
                    @NotBlank(message = "Indiquez l'année de l'appel (par exemple 2027).") String year,
                    @NotBlank(message = "Le titre de l'appel est obligatoire.") @Size(max = 255, message = "Le titre ne peut dépasser 255 caractères.") String title,
                    @NotBlank(message = "Indiquez la date d'ouverture.") String opensOn,
                    @NotBlank(message = "Indiquez la date de clôture.") String closesOn,
                    @Size(max = 20_000, message = "Les attentes ne peuvent dépasser 20 000 caractères.") String expectations,
                    Boolean standardOpen, Boolean excellenceOpen) {
        static CallForm empty(int year) {
            return new CallForm(0L, Integer.toString(year), "", "", "", "", true, true);
        }

        Calls.CallDetails toDetails() {
            return new Calls.CallDetails(FrenchInput.wholeNumber("year", year, 2013, 2100, "L'année"), title, FrenchInput.date("opensOn", opensOn),
                    FrenchInput.date("closesOn", closesOn), expectations, Boolean.TRUE.equals(standardOpen), Boolean.TRUE.equals(excellenceOpen));
        }

        long versionOrZero() {
            return version == null ? 0 : version;
        }

        static CallForm of(CallView call) {
            return new CallForm(call.version(), Integer.toString(call.year()), call.title(), call.opensOn().toString(), call.closesOn().toString(),
                    call.expectations() == null ? "" : call.expectations(), call.standardOpen(), call.excellenceOpen());
        }
    }

    // --- public ----------------------------------------------------------------------------------------------------

    @GetMapping("/appels-a-projets")
    String publicCalls(Model model) {
        model.addAttribute("calls", calls.published());
        model.addAttribute("today", calls.today());
        return "labelling/public-calls";
    }

    @GetMapping("/appels-a-projets/{id}")
    String publicCall(@PathVariable UUID id, Model model) {
        CallView call = calls.byId(id).filter(CallView::published).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("call", call);
        model.addAttribute("today", calls.today());
        model.addAttribute("criteria", Criterion.values());
        return "labelling/public-call";
    }

    @GetMapping("/labellisation/decisions")
    String decisions(Model model) {
        model.addAttribute("decisions", applications.publicDecisions());
        return "labelling/public-decisions";
    }

    // --- administration ---------------------------------------------------------------------------------------------

    @GetMapping("/gestion/labellisation/appels/nouveau")
    String newCall(Model model) {
        calls.requireAuthor(currentActor.require());
        return form(model, null, CallForm.empty(calls.today().getYear() + 1), FormErrors.NONE);
    }

    @PostMapping("/gestion/labellisation/appels")
    String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = calls.requireAuthor(currentActor.require());
        return Outcomes.submit(errors, () -> {
            CallView call = calls.create(actor, form.toDetails());
            flash.addFlashAttribute("success", "L'appel « " + call.title() + " » est créé. Précisez les attentes et les pièces, puis publiez-le.");
            return "redirect:/gestion/labellisation/appels/" + call.id();
        }, () -> form(model, null, form, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/labellisation/appels/{id}")
    String edit(@PathVariable UUID id, Model model) {
        calls.requireAuthor(currentActor.require());
        CallView call = calls.require(id);
        return form(model, call, CallForm.of(call), FormErrors.NONE);
    }

    @PostMapping("/gestion/labellisation/appels/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = calls.requireAuthor(currentActor.require());
        return Outcomes.submit(errors, () -> {
            CallView call = calls.update(actor, id, form.versionOrZero(), form.toDetails());
            flash.addFlashAttribute("success", "L'appel « " + call.title() + " » est enregistré.");
            return "redirect:/gestion/labellisation/appels/" + id;
        }, () -> form(model, calls.require(id), form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/labellisation/appels/{id}/publication")
    String publish(@PathVariable UUID id, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/labellisation/appels/" + id, () -> calls.publish(actor, id),
                "L'appel est publié : il est visible de tous et les porteurs peuvent ouvrir leur dossier.");
    }

    @PostMapping("/gestion/labellisation/appels/{id}/pieces")
    String addDocument(@PathVariable UUID id, @RequestParam(name = "label", required = false) String label,
                       @RequestParam(name = "description", required = false) String description,
                       @RequestParam(name = "mandatory", defaultValue = "false") boolean mandatory, RedirectAttributes flash) {
        Actor actor = calls.requireAuthor(currentActor.require());
        flash.addFlashAttribute("documentLabel", label);
        flash.addFlashAttribute("documentDescription", description);
        return Outcomes.redirect(flash, "/gestion/labellisation/appels/" + id + "#pieces", () -> {
            calls.addDocument(actor, id, label, description, mandatory);
            return label.strip();
        }, added -> {
            flash.getFlashAttributes().remove("documentLabel");
            flash.getFlashAttributes().remove("documentDescription");
            return "La pièce « " + added + " » est demandée.";
        });
    }

    @PostMapping("/gestion/labellisation/appels/{id}/pieces/{documentId}/retrait")
    String removeDocument(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/labellisation/appels/" + id + "#pieces", () -> calls.removeDocument(actor, id, documentId),
                "La pièce n'est plus demandée.");
    }

    @PostMapping("/gestion/labellisation/appels/{id}/criteres/{criterion}")
    String guidance(@PathVariable UUID id, @PathVariable Criterion criterion, @RequestParam(name = "guidance", required = false) String guidance,
                    RedirectAttributes flash) {
        calls.setGuidance(currentActor.require(), id, criterion, guidance);
        flash.addFlashAttribute("success", "Les attentes du " + criterion.number().toLowerCase(java.util.Locale.FRENCH) + " sont enregistrées.");
        return "redirect:/gestion/labellisation/appels/" + id + "#critere-" + criterion.name();
    }

    private String form(Model model, CallView call, CallForm form, FormErrors errors) {
        model.addAttribute("call", call);
        model.addAttribute("callForm", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("today", calls.today());
        return "labelling/call-form";
    }
}
