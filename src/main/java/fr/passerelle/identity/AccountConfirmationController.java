package fr.passerelle.identity;

import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The confirmation of the e-mail address of a self-registered account: the link e-mailed opens a page whose button
 * confirms (a mere visit, such as a mail filter's, spends nothing), and a new link can be asked for. Open pages.
 */
@Controller
class AccountConfirmationController {

    static final String PATH = "/connexion/confirmation";
    static final String NEUTRAL_ANSWER = "Si un compte en attente de confirmation correspond à cette adresse, un nouveau lien vient de lui "
            + "être envoyé, valable 48 heures. Pensez à regarder dans vos courriers indésirables.";

    record ResendForm(@NotBlank(message = "Indiquez l'adresse e-mail de votre compte.")
                      @Size(max = 255, message = "L'adresse e-mail ne peut dépasser 255 caractères.") String email) {
    }

    private final AccountConfirmations confirmations;

    AccountConfirmationController(AccountConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping(PATH)
    String resendPage(Model model) {
        return resendForm(model, new ResendForm(""), FormErrors.NONE);
    }

    @PostMapping(PATH)
    String resend(@Valid @ModelAttribute("form") ResendForm form, BindingResult errors, Model model, HttpServletRequest http,
                  RedirectAttributes flash) {
        return Outcomes.submit(errors, () -> {
            confirmations.resend(form.email(), http.getRemoteAddr());
            flash.addFlashAttribute("requested", NEUTRAL_ANSWER);
            return "redirect:" + PATH;
        }, () -> resendForm(model, form, FormErrors.of(errors)));
    }

    @GetMapping(PATH + "/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("linkProblem", confirmations.check(token).message());
        model.addAttribute("token", token);
        model.addAttribute("formErrors", FormErrors.NONE);
        return "identity/confirmation";
    }

    @PostMapping(PATH + "/{token}")
    String confirm(@PathVariable String token, RedirectAttributes flash) {
        return Outcomes.redirect(flash, "/connexion", () -> confirmations.confirm(token),
                "Votre adresse e-mail est confirmée : connectez-vous avec votre adresse et votre mot de passe.");
    }

    private String resendForm(Model model, ResendForm form, FormErrors formErrors) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        return "identity/confirmation-request";
    }
}
