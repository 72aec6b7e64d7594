package fr.passerelle.jobs.candidates;

import fr.passerelle.jobs.candidates.CandidateForms.RegistrationForm;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A candidate's self-registration, and the page that says an account was erased. Open pages. */
@Controller
class RegistrationController {

    static final String PATH = "/candidats/inscription";
    static final String ERASED = "/candidats/compte-efface";
    static final String REGISTERED = "Votre compte est ouvert. Nous venons de vous envoyer un e-mail : ouvrez le lien qu’il contient "
            + "(valable 48 heures) pour confirmer votre adresse, puis connectez-vous avec votre adresse e-mail et votre mot de passe.";

    private final CandidateSpace space;

    RegistrationController(CandidateSpace space) {
        this.space = space;
    }

    @GetMapping(PATH)
    String page(Model model) {
        return form(model, RegistrationForm.empty(), FormErrors.NONE);
    }

    @PostMapping(PATH)
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model, HttpServletRequest http,
                    RedirectAttributes flash) {
        form.checkConfirmation(errors);
        return Outcomes.submit(errors, () -> {
            space.register(form.email(), form.displayName(), form.password(), form.purposes(), http.getRemoteAddr());
            flash.addFlashAttribute("registered", REGISTERED);
            return "redirect:" + PATH;
        }, () -> form(model, form.withoutPasswords(), FormErrors.of(errors)));
    }

    @GetMapping(ERASED)
    String erased() {
        return "jobs/candidates/erased";
    }

    private String form(Model model, RegistrationForm form, FormErrors formErrors) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("purposes", Arrays.asList(ConsentPurpose.values()));
        return "jobs/candidates/registration";
    }
}
