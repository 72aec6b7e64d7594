package fr.passerelle.labelling;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The « Appui à la construction » tab of a dossier: its advisors and the advice thread, apart from the formal review. */
@Controller
class AdviceController {

    private static final String BASE = "/gestion/labellisation/dossiers/";

    private final ConstructionAdvice advice;
    private final ApplicationQueries queries;
    private final Accounts accounts;
    private final CurrentActor currentActor;

    AdviceController(ConstructionAdvice advice, ApplicationQueries queries, Accounts accounts, CurrentActor currentActor) {
        this.advice = advice;
        this.queries = queries;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @GetMapping(BASE + "{id}/appui")
    String page(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        return page(model, actor, queries.readableOrAdvised(actor, id), "", FormErrors.NONE);
    }

    @PostMapping(BASE + "{id}/appui")
    String post(@PathVariable UUID id, @RequestParam(name = "body", required = false) String body, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readableOrAdvised(actor, id);
        BindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "advice");
        return Outcomes.submit(errors, () -> {
            advice.post(actor, id, body);
            flash.addFlashAttribute("success", "Votre message est envoyé.");
            return "redirect:" + BASE + id + "/appui#fil";
        }, () -> page(model, actor, dossier, body, FormErrors.of(errors)));
    }

    @PostMapping(BASE + "{id}/appui/experts")
    String attach(@PathVariable UUID id, @RequestParam(name = "advisorIds", required = false) List<UUID> expertIds, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + id + "/appui", () -> advice.attach(currentActor.require(), id, expertIds == null ? List.of() : expertIds),
                added -> added.isEmpty() ? "Ces experts étaient déjà en appui sur le dossier." : "Les experts sont attachés au dossier en appui à sa construction.");
    }

    @PostMapping(BASE + "{id}/appui/experts/{expertId}/retrait")
    String detach(@PathVariable UUID id, @PathVariable UUID expertId, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + id + "/appui", () -> advice.detach(currentActor.require(), id, expertId),
                "L'expert n'est plus en appui sur ce dossier.");
    }

    private String page(Model model, Actor actor, ApplicationView dossier, String body, FormErrors errors) {
        UUID id = dossier.id();
        boolean advisor = ApplicationPermissions.advises(actor, dossier, queries.isAdvisor(actor, id));
        List<ApplicationParts.Advisor> advisors = queries.advisors(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("advisors", advisors);
        model.addAttribute("thread", queries.advice(id));
        model.addAttribute("open", ConstructionAdvice.mayWrite(dossier));
        model.addAttribute("canWrite", ConstructionAdvice.mayWrite(dossier) && (advisor || ApplicationPermissions.isPromoter(actor, dossier)));
        model.addAttribute("advisor", advisor);
        model.addAttribute("manage", ApplicationPermissions.mayManageAdvisors(actor, dossier));
        model.addAttribute("admin", actor.isNationalAdmin());
        model.addAttribute("expertOptions", accounts.withRole(Role.EXPERT).stream()
                .filter(e -> advisors.stream().noneMatch(a -> a.expertId().equals(e.accountId())))
                .map(e -> new Option(e.accountId().toString(), e.displayName())).toList());
        model.addAttribute("body", body);
        model.addAttribute("formErrors", errors);
        return "labelling/advice";
    }
}
