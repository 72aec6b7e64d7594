package fr.passerelle.identity;

import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administrator opens accounts with their role and scope, and disables them. */
@Controller
class AccountAdminController {

    private final Accounts accounts;
    private final Territories territories;
    private final ScopeChoices scopeChoices;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    AccountAdminController(Accounts accounts, Territories territories, ScopeChoices scopeChoices, CurrentActor currentActor,
                           AuditTrail audit) {
        this.accounts = accounts;
        this.territories = territories;
        this.scopeChoices = scopeChoices;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @GetMapping("/gestion/comptes")
    String list(Model model) {
        admin();
        model.addAttribute("accounts", accounts.all());
        return form(model, AccountForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/gestion/comptes")
    String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor admin = admin();
        return Outcomes.submit(errors, () -> {
            Actor opened = accounts.open(admin, form.toNewAccount());
            flash.addFlashAttribute("success", "Le compte « " + opened.username() + " » est ouvert.");
            return "redirect:/gestion/comptes";
        }, () -> {
            model.addAttribute("accounts", accounts.all());
            return form(model, form, FormErrors.of(errors));
        });
    }

    @PostMapping("/gestion/comptes/{id}/activation")
    String enable(@PathVariable UUID id, @RequestParam("actif") boolean enabled, RedirectAttributes flash) {
        Actor admin = admin();
        return Outcomes.redirect(flash, "/gestion/comptes", () -> accounts.enable(admin, id, enabled),
                enabled ? "Le compte est réactivé." : "Le compte est désactivé : il ne peut plus se connecter.");
    }

    @GetMapping("/gestion/comptes/{id}/campus-suivis")
    String followed(@PathVariable UUID id, Model model) {
        admin();
        return followedPage(model, id, null, FormErrors.NONE);
    }

    @PostMapping("/gestion/comptes/{id}/campus-suivis")
    String follow(@PathVariable UUID id, @RequestParam(name = "followedCampusIds", required = false) java.util.List<String> ticked,
                  Model model, RedirectAttributes flash) {
        Actor admin = admin();
        try {
            accounts.follow(admin, id, AccountForm.followed(ticked));
        } catch (fr.passerelle.platform.BusinessRuleException e) {
            return followedPage(model, id, ticked, FormErrors.of(e.field(), e.getMessage()));
        }
        flash.addFlashAttribute("success", "Les campus suivis sont enregistrés.");
        return "redirect:/gestion/comptes";
    }

    private String followedPage(Model model, UUID id, java.util.List<String> ticked, FormErrors formErrors) {
        var account = accounts.all().stream().filter(a -> a.actor().accountId().equals(id)).findFirst()
                .filter(a -> a.actor().role() == Role.LABOUR_CORRESPONDENT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("ticked", ticked != null ? ticked : account.actor().followedCampusIds().stream().map(UUID::toString).toList());
        model.addAttribute("campusOptions", scopeChoices.campuses());
        model.addAttribute("formErrors", formErrors);
        return "identity/followed-campuses";
    }

    @GetMapping("/gestion/comptes/{id}/historique")
    String history(@PathVariable UUID id, Model model) {
        admin();
        model.addAttribute("entries", audit.history(Accounts.AUDITED, id));
        model.addAttribute("account", accounts.all().stream().filter(a -> a.actor().accountId().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "identity/account-history";
    }

    private String form(Model model, AccountForm form, FormErrors formErrors) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("roleOptions", Arrays.stream(Role.values()).map(r -> new Option(r.name(), r.label())).toList());
        model.addAttribute("regionOptions", territories.regions().stream().map(r -> new Option(r.code(), r.name())).toList());
        model.addAttribute("academyOptions", territories.academies().stream().map(a -> new Option(a.code(), a.name())).toList());
        model.addAttribute("campusOptions", scopeChoices.campuses());
        model.addAttribute("noChoices", java.util.List.of());
        return "identity/accounts";
    }

    private Actor admin() {
        Actor actor = currentActor.require();
        accounts.requireAdministration(actor);
        return actor;
    }
}
