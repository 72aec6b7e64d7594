package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.labelling.ApplicationForms.SectionForm;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Insérer la citation » on criterion 1: the button submits the criterion's form here with what was typed and the
 * quotation chosen; the quotation is appended and the criterion saved, then its page shows again.
 */
@Controller
class DiagnosisQuotationController {

    private static final String BASE = "/gestion/labellisation/dossiers/";

    private final DiagnosisQuotations quotations;
    private final ApplicationQueries queries;
    private final CurrentActor currentActor;

    DiagnosisQuotationController(DiagnosisQuotations quotations, ApplicationQueries queries, CurrentActor currentActor) {
        this.quotations = quotations;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @PostMapping(BASE + "{id}/criteres/DIAGNOSIS/citation")
    String quote(@PathVariable UUID id, @Valid @ModelAttribute SectionForm form, BindingResult errors,
                 @RequestParam(name = "citation", required = false) String key, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readable(actor, id);
        String target = BASE + id + "/criteres/DIAGNOSIS";
        if (errors.hasErrors() || key == null) {
            flash.addFlashAttribute("error", "Le formulaire est incomplet : rechargez la page.");
            return "redirect:" + target;
        }
        return Outcomes.redirect(flash, target + "#text", () -> quotations.insert(actor, dossier, form.revision(), form.text(), key),
                "La citation est ajoutée à la fin du critère 1 et enregistrée.");
    }
}
