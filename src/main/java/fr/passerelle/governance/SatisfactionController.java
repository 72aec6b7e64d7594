package fr.passerelle.governance;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

    record AnswerForm(String score, String comment) {
    }

    @GetMapping("/satisfaction/{token}")
    String survey(@PathVariable String token, Model model) {
        var survey = followUp.survey(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(model, token, survey, new AnswerForm(survey.score() == null ? "" : survey.score().toString(),
                survey.comment() == null ? "" : survey.comment()), FormErrors.NONE);
    }

    @PostMapping("/satisfaction/{token}")
    String answer(@PathVariable String token, @ModelAttribute AnswerForm form, Model model, RedirectAttributes flash) {
        var survey = followUp.survey(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var errors = new BeanPropertyBindingResult(form, "answerForm");
        try {
            followUp.answer(token, score(form.score()), form.comment());
            flash.addFlashAttribute("success", "Merci, votre réponse est enregistrée. Vous pouvez la modifier à tout moment avec ce lien.");
            return "redirect:/satisfaction/" + token;
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        return page(model, token, survey, form, FormErrors.of(errors));
    }

    private static String page(Model model, String token, MeetingFollowUp.Survey survey, AnswerForm form, FormErrors errors) {
        model.addAttribute("token", token);
        model.addAttribute("survey", survey);
        model.addAttribute("answerForm", form);
        model.addAttribute("formErrors", errors);
        return "governance/satisfaction";
    }

    private static Integer score(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
