package fr.passerelle.identity;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Text;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
        admin();
        if (!errors.hasErrors()) {
            try {
                Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(form.role())).findFirst()
                        .orElseThrow(() -> new BusinessRuleException("role", "Choisissez un rôle de la liste."));
                checkTerritory(role, form);
                Actor opened = accounts.open(new NewAccount(form.username(), form.email(), form.displayName(), Text.trimToNull(form.password()),
                        role, scoped(role, Role.REGIONAL_COORDINATOR, form.regionCode()), scoped(role, Role.ACADEMY_REFERENT, form.academyCode()),
                        uuid(role == Role.OPERATIONAL_DIRECTOR ? form.campusId() : null, "campusId"),
                        uuid(role == Role.PARTNER_MEMBER || role == Role.COMPANY_RECRUITER ? form.organisationId() : null, "organisationId")));
                flash.addFlashAttribute("success", "Le compte « " + opened.username() + " » est ouvert.");
                return "redirect:/gestion/comptes";
            } catch (BusinessRuleException e) {
                FormErrors.reject(errors, e.field(), e.getMessage());
            } catch (NewAccount.MissingScope e) {
                errors.reject("scope", e.getMessage());
            } catch (DataIntegrityViolationException e) {
                // The campus or organisation chosen is not in the registry (any more): the database keeps accounts to existing ones.
                errors.reject("scope", "Le campus ou l'organisation choisi n'existe pas : choisissez-le dans la liste.");
            }
        }
        model.addAttribute("accounts", accounts.all());
        return form(model, form, FormErrors.of(errors));
    }

    @PostMapping("/gestion/comptes/{id}/activation")
    String enable(@PathVariable UUID id, @RequestParam("actif") boolean enabled, RedirectAttributes flash) {
        Actor admin = admin();
        if (!enabled && admin.accountId().equals(id)) {
            flash.addFlashAttribute("error", "Vous ne pouvez pas désactiver votre propre compte.");
            return "redirect:/gestion/comptes";
        }
        try {
            accounts.enable(id, enabled);
        } catch (BusinessRuleException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("success", enabled ? "Le compte est réactivé." : "Le compte est désactivé : il ne peut plus se connecter.");
        return "redirect:/gestion/comptes";
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

    private void checkTerritory(Role role, AccountForm form) {
        if (role == Role.REGIONAL_COORDINATOR && Text.trimToNull(form.regionCode()) != null
                && territories.region(form.regionCode().strip()).isEmpty()) {
            throw new BusinessRuleException("regionCode", "Choisissez une région de la liste.");
        }
        if (role == Role.ACADEMY_REFERENT && Text.trimToNull(form.academyCode()) != null
                && territories.academy(form.academyCode().strip()).isEmpty()) {
            throw new BusinessRuleException("academyCode", "Choisissez une académie de la liste.");
        }
    }

    private static String scoped(Role role, Role scopedRole, String value) {
        return role == scopedRole ? Text.trimToNull(value) : null;
    }

    private static UUID uuid(String value, String field) {
        String text = Text.trimToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field, "Choisissez dans la liste.");
        }
    }

    private Actor admin() {
        Actor actor = currentActor.require();
        if (!actor.isNationalAdmin()) {
            throw new AccessDeniedException("La gestion des comptes est réservée à l'administration nationale.");
        }
        return actor;
    }
}
