package fr.passerelle.indicators.catalogue;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.UploadedFile;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The declaration of a DECLARED indicator's value by a campus for a year: the form for who runs the campus, the
 * history below it for every reader of the campus, the evidence to download. The campus is {@code {id}}, as on every
 * page of a campus's back office (its side menu reads it).
 */
@Controller
class DeclarationController {

    private static final String PAGE = "/gestion/campus/{id}/indicateurs/{code}/{year}/declaration";

    private final Declarations declarations;
    private final CurrentActor currentActor;

    DeclarationController(Declarations declarations, CurrentActor currentActor) {
        this.declarations = declarations;
        this.currentActor = currentActor;
    }

    @GetMapping(PAGE)
    String sheet(@PathVariable UUID id, @PathVariable String code, @PathVariable int year, Model model) {
        var sheet = declarations.sheet(currentActor.require(), id, code, year);
        return page(model, sheet, DeclarationForm.of(sheet), FormErrors.NONE);
    }

    @PostMapping(PAGE)
    String declare(@PathVariable UUID id, @PathVariable String code, @PathVariable int year,
                   @Valid @ModelAttribute("declarationForm") DeclarationForm sent, BindingResult errors,
                   @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var sheet = declarations.declarableSheet(actor, id, code, year);
        DeclarationForm form = sent.withValues(params, sheet.keys());
        FormErrors.check(errors, () -> form.toValues(sheet.indicator()));
        return Outcomes.submit(errors, () -> {
            declarations.declare(actor, id, code, year, form.toValues(sheet.indicator()), form.comment(), form.fileName(), form.fileContent());
            flash.addFlashAttribute("success", "La valeur de « " + sheet.indicator().name() + " » pour " + sheet.yearText()
                    + " est déclarée ; la précédente reste dans l’historique.");
            return "redirect:/gestion/campus/" + id + "/indicateurs/" + code + "/" + year + "/declaration";
        }, () -> page(model, sheet, form, FormErrors.of(errors)));
    }

    @GetMapping(PAGE + "/{declarationId}/justificatif")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable String code, @PathVariable int year, @PathVariable UUID declarationId) {
        UploadedFile file = declarations.evidence(currentActor.require(), id, code, year, declarationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    private String page(Model model, Declarations.Sheet sheet, DeclarationForm form, FormErrors formErrors) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("campus", sheet.campus());
        model.addAttribute("indicator", sheet.indicator());
        model.addAttribute("declarationForm", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("evidenceTypes", Declarations.EVIDENCE_TYPES.stream().sorted().map(UploadedFile.FileType::label).toList());
        model.addAttribute("evidenceMax", UploadedFile.displaySize(Declarations.EVIDENCE_MAX_BYTES));
        return "indicators/declaration";
    }
}
