package fr.passerelle.labelling;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.BusinessRuleException;
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
import org.springframework.validation.BeanPropertyBindingResult;
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
    private final Applications applications;
    private final CurrentActor currentActor;

    CallController(Calls calls, Applications applications, CurrentActor currentActor) {
        this.calls = calls;
        this.applications = applications;
        this.currentActor = currentActor;
    }

    record CallForm(Long version, String year, String title, String opensOn, String closesOn, String expectations, Boolean standardOpen,
                    Boolean excellenceOpen) {
        static CallForm empty(int year) {
            return new CallForm(0L, Integer.toString(year), "", "", "", "", true, true);
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
        admin();
        return form(model, null, CallForm.empty(calls.today().getYear() + 1), FormErrors.NONE);
    }

    @PostMapping("/gestion/labellisation/appels")
    String create(@ModelAttribute("callForm") CallForm form, Model model, RedirectAttributes flash) {
        admin();
        var errors = new BeanPropertyBindingResult(form, "callForm");
        try {
            CallView call = calls.create(details(form));
            flash.addFlashAttribute("success", "L'appel « " + call.title() + " » est créé. Précisez les attentes et les pièces, puis publiez-le.");
            return "redirect:/gestion/labellisation/appels/" + call.id();
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        return form(model, null, form, FormErrors.of(errors));
    }

    @GetMapping("/gestion/labellisation/appels/{id}")
    String edit(@PathVariable UUID id, Model model) {
        admin();
        CallView call = calls.require(id);
        return form(model, call, CallForm.of(call), FormErrors.NONE);
    }

    @PostMapping("/gestion/labellisation/appels/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("callForm") CallForm form, Model model, RedirectAttributes flash) {
        admin();
        var errors = new BeanPropertyBindingResult(form, "callForm");
        try {
            CallView call = calls.update(id, form.versionOrZero(), details(form));
            flash.addFlashAttribute("success", "L'appel « " + call.title() + " » est enregistré.");
            return "redirect:/gestion/labellisation/appels/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        return form(model, calls.require(id), form, FormErrors.of(errors));
    }

    @PostMapping("/gestion/labellisation/appels/{id}/publication")
    String publish(@PathVariable UUID id, RedirectAttributes flash) {
        admin();
        try {
            calls.publish(id);
            flash.addFlashAttribute("success", "L'appel est publié : il est visible de tous et les porteurs peuvent ouvrir leur dossier.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/labellisation/appels/" + id;
    }

    @PostMapping("/gestion/labellisation/appels/{id}/pieces")
    String addDocument(@PathVariable UUID id, @RequestParam(name = "label", required = false) String label,
                       @RequestParam(name = "description", required = false) String description,
                       @RequestParam(name = "mandatory", defaultValue = "false") boolean mandatory, RedirectAttributes flash) {
        admin();
        try {
            calls.addDocument(id, label, description, mandatory);
            flash.addFlashAttribute("success", "La pièce « " + label.strip() + " » est demandée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("documentLabel", label);
            flash.addFlashAttribute("documentDescription", description);
        }
        return "redirect:/gestion/labellisation/appels/" + id + "#pieces";
    }

    @PostMapping("/gestion/labellisation/appels/{id}/pieces/{documentId}/retrait")
    String removeDocument(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes flash) {
        admin();
        try {
            calls.removeDocument(id, documentId);
            flash.addFlashAttribute("success", "La pièce n'est plus demandée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/labellisation/appels/" + id + "#pieces";
    }

    @PostMapping("/gestion/labellisation/appels/{id}/criteres/{criterion}")
    String guidance(@PathVariable UUID id, @PathVariable Criterion criterion, @RequestParam(name = "guidance", required = false) String guidance,
                    RedirectAttributes flash) {
        admin();
        calls.setGuidance(id, criterion, guidance);
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

    private Actor admin() {
        Actor actor = currentActor.require();
        if (!actor.isNationalAdmin()) {
            throw new AccessDeniedException("Les appels à projets sont rédigés par l'administration nationale.");
        }
        return actor;
    }

    private static Calls.CallDetails details(CallForm form) {
        return new Calls.CallDetails(year(form.year()), form.title(), FrenchInput.date("opensOn", form.opensOn()), FrenchInput.date("closesOn", form.closesOn()),
                form.expectations(), Boolean.TRUE.equals(form.standardOpen()), Boolean.TRUE.equals(form.excellenceOpen()));
    }

    private static Integer year(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("year", "L'année s'écrit en chiffres (par exemple 2027).");
        }
    }

}
