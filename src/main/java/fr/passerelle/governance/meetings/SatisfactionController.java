package fr.passerelle.governance.meetings;

import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The satisfaction survey a member opens from the personal link they received: no login, the token is the key. */
@Controller
class SatisfactionController {

    private final MeetingFollowUp followUp;

    SatisfactionController(MeetingFollowUp followUp) {
        this.followUp = followUp;
    }

    /** A member's answer: a score from 1 to 5 (the service says so when it is not), and a comment. */
    record AnswerForm(String score, @Size(max = 2000, message = "Le commentaire fait 2 000 caractères au plus.") String comment) {

        Integer toScore() {
            return FrenchInput.wholeNumber("score", score, Integer.MIN_VALUE, Integer.MAX_VALUE, "La note");
        }
    }

    @GetMapping("/satisfaction/{token}")
    String survey(@PathVariable String token, Model model) {
        var survey = followUp.survey(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("answerForm", new AnswerForm(survey.score() == null ? "" : survey.score().toString(),
                survey.comment() == null ? "" : survey.comment()));
        model.addAttribute("formErrors", FormErrors.NONE);
        return page(model, token, survey);
    }

    @PostMapping("/satisfaction/{token}")
    String answer(@PathVariable String token, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        var survey = followUp.survey(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Outcomes.submit(errors, () -> {
            followUp.answer(token, form.toScore(), form.comment());
            flash.addFlashAttribute("success", "Merci, votre réponse est enregistrée. Vous pouvez la modifier à tout moment avec ce lien.");
            return "redirect:/satisfaction/" + token;
        }, () -> {
            model.addAttribute("formErrors", FormErrors.of(errors));
            return page(model, token, survey);
        });
    }

    private static String page(Model model, String token, MeetingFollowUp.Survey survey) {
        model.addAttribute("token", token);
        model.addAttribute("survey", survey);
        return "governance/satisfaction";
    }
}
