package fr.passerelle.identity;

import fr.passerelle.identity.PasswordResetForms.NewPasswordForm;
import fr.passerelle.identity.PasswordResetForms.RequestForm;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mot de passe oublié": asking for a link by e-mail, then choosing a new password through it. Open pages. */
@Controller
class PasswordResetController {

    static final String PATH = "/mot-de-passe-oublie";
    /** The one answer to every request, whether an account matches or not. */
    static final String NEUTRAL_ANSWER = "Si un compte Passerelle avec mot de passe correspond à ce que vous avez saisi, un e-mail "
            + "vient d'être envoyé à son adresse avec un lien valable une heure. Pensez à regarder dans vos courriers indésirables. "
            + "Au-delà de trois demandes par heure, aucun nouvel e-mail n'est envoyé.";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping(PATH)
    String requestPage(Model model) {
        return requestForm(model, RequestForm.empty(), FormErrors.NONE);
    }

    @PostMapping(PATH)
    String request(@Valid @ModelAttribute("form") RequestForm form, BindingResult errors, Model model, HttpServletRequest http,
                   RedirectAttributes flash) {
        return Outcomes.submit(errors, () -> {
            resets.request(form.identifier(), http.getRemoteAddr());
            flash.addFlashAttribute("requested", NEUTRAL_ANSWER);
            return "redirect:" + PATH;
        }, () -> requestForm(model, form, FormErrors.of(errors)));
    }

    @GetMapping(PATH + "/{token}")
    String newPasswordPage(@PathVariable String token, Model model) {
        return newPasswordForm(model, token, NewPasswordForm.empty(), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{token}")
    String reset(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
                 RedirectAttributes flash) {
        form.checkConfirmation(errors);
        return Outcomes.submit(errors, () -> {
            resets.reset(token, form.password());
            flash.addFlashAttribute("success", "Votre mot de passe est changé : connectez-vous avec le nouveau. Les sessions ouvertes "
                    + "avec l'ancien sont fermées.");
            return "redirect:/connexion";
        }, () -> newPasswordForm(model, token, form, FormErrors.of(errors)));
    }

    private String requestForm(Model model, RequestForm form, FormErrors formErrors) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        return "identity/password-request";
    }

    /** The form, or why the link cannot be used (a broken rule found on submit shows the form with its message). */
    private String newPasswordForm(Model model, String token, NewPasswordForm form, FormErrors formErrors) {
        PasswordResets.LinkState state = resets.check(token);
        model.addAttribute("linkProblem", state.message());
        // Never send the typed passwords back to the browser.
        model.addAttribute("form", NewPasswordForm.empty());
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("token", token);
        return "identity/password-new";
    }
}
