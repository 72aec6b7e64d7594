package fr.passerelle.jobs.alerts;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.jobs.JobOfferSearches;
import fr.passerelle.jobs.JobOfferSearches.JobOfferSearch;
import fr.passerelle.jobs.alerts.AlertForms.NewAlertForm;
import fr.passerelle.jobs.alerts.AlertForms.RenameForm;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
 * A candidate's alerts ({@code /candidat/alertes}): saving the board's search from its button, the list, one alert's
 * page to rename, pause or resume it, its deletion after a confirmation; and the public one-click unsubscribe of an
 * alert's e-mail ({@code /alertes/desabonnement/{token}}, confirmed by a POST). No URL names a candidate.
 */
@Controller
class AlertController {

    static final String PATH = "/candidat/alertes";
    static final String UNSUBSCRIBE = "/alertes/desabonnement";

    private final CandidateAlerts alerts;
    private final JobOfferSearches searches;
    private final CurrentActor currentActor;

    AlertController(CandidateAlerts alerts, JobOfferSearches searches, CurrentActor currentActor) {
        this.alerts = alerts;
        this.searches = searches;
        this.currentActor = currentActor;
    }

    @GetMapping(PATH)
    String list(Model model) {
        CandidateAlerts.MyAlerts mine = alerts.mine(currentActor.require());
        model.addAttribute("alerts", mine.alerts());
        model.addAttribute("consent", mine.consent());
        model.addAttribute("max", CandidateAlerts.MAX_PER_CANDIDATE);
        return "jobs/alerts/list";
    }

    /** The board's button leads here with the board's parameters: the search described, a name to give. */
    @GetMapping(PATH + "/nouvelle")
    String newAlert(@RequestParam MultiValueMap<String, String> params, Model model) {
        Actor actor = currentActor.require();
        JobOfferSearch search = searches.search(params);
        String name = search.description().length() > 100 ? search.description().substring(0, 99) + "…" : search.description();
        return newForm(model, actor, search, new NewAlertForm(capitalized(name), search.queryString()), FormErrors.NONE);
    }

    @PostMapping(PATH)
    String save(@Valid @ModelAttribute("form") NewAlertForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            alerts.save(actor, form.name(), form.search());
            flash.addFlashAttribute("success", "Votre alerte « " + form.name().strip() + " » est enregistrée : vous recevrez chaque matin "
                    + "les nouvelles offres de cette recherche, s’il y en a.");
            return "redirect:" + PATH;
        }, () -> newForm(model, actor, searches.search(form.search() == null ? "" : form.search()), form, FormErrors.of(errors)));
    }

    private String newForm(Model model, Actor actor, JobOfferSearch search, NewAlertForm form, FormErrors formErrors) {
        model.addAttribute("search", search);
        model.addAttribute("form", form);
        model.addAttribute("consent", alerts.consents(actor));
        model.addAttribute("formErrors", formErrors);
        return "jobs/alerts/new";
    }

    @GetMapping(PATH + "/{id}")
    String alert(@PathVariable String id, Model model) {
        Alert alert = alerts.mine(currentActor.require(), uuid(id));
        return editForm(model, alert, new RenameForm(alert.name(), alert.version()), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id}")
    String rename(@PathVariable String id, @Valid @ModelAttribute("form") RenameForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Alert alert = alerts.mine(actor, uuid(id));
        return Outcomes.submit(errors, () -> {
            alerts.rename(actor, alert.id(), form.name(), form.version());
            flash.addFlashAttribute("success", "Alerte renommée.");
            return "redirect:" + PATH;
        }, () -> editForm(model, alert, form, FormErrors.of(errors)));
    }

    private String editForm(Model model, Alert alert, RenameForm form, FormErrors formErrors) {
        model.addAttribute("alert", alert);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        return "jobs/alerts/alert";
    }

    @PostMapping(PATH + "/{id}/pause")
    String pause(@PathVariable String id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        UUID alert = uuid(id);
        return Outcomes.redirect(flash, PATH, () -> alerts.activate(actor, alert, false, version),
                "Alerte mise en pause : plus aucun e-mail pour elle tant que vous ne la reprenez pas.");
    }

    @PostMapping(PATH + "/{id}/reprise")
    String resume(@PathVariable String id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        UUID alert = uuid(id);
        return Outcomes.redirect(flash, PATH, () -> alerts.activate(actor, alert, true, version),
                "Alerte reprise : vous recevrez les offres publiées à partir d’aujourd’hui.");
    }

    @GetMapping(PATH + "/{id}/suppression")
    String confirmDelete(@PathVariable String id, Model model) {
        model.addAttribute("alert", alerts.mine(currentActor.require(), uuid(id)));
        return "jobs/alerts/delete";
    }

    @PostMapping(PATH + "/{id}/suppression")
    String delete(@PathVariable String id, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        UUID alert = uuid(id);
        return Outcomes.redirect(flash, PATH, () -> alerts.delete(actor, alert), "Alerte supprimée.");
    }

    @GetMapping(UNSUBSCRIBE + "/{token}")
    String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
        var alert = alerts.byToken(token);
        if (alert.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "jobs/alerts/unsubscribed";
        }
        model.addAttribute("alert", alert.get());
        model.addAttribute("token", token);
        return "jobs/alerts/unsubscribe";
    }

    @PostMapping(UNSUBSCRIBE + "/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean done = alerts.unsubscribe(token);
        if (!done) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("done", done);
        return "jobs/alerts/unsubscribed";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
