package fr.passerelle.governance;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Spreadsheet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The budget of a campus in the back office; refused inputs come back with what was typed and the reason. */
@Controller
class BudgetController {

    private final Budgets budgets;
    private final CampusRegistry registry;
    private final Directory directory;
    private final CurrentActor currentActor;
    private final Clock clock;

    BudgetController(Budgets budgets, CampusRegistry registry, Directory directory, CurrentActor currentActor, Clock clock) {
        this.budgets = budgets;
        this.registry = registry;
        this.directory = directory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record LineForm(long version, String side, String category, String label, String planned, String actual) {
        static LineForm empty(String side) {
            return new LineForm(0, side, "", "", "", "");
        }
    }

    record ContributionForm(long version, String organisationId, String kind, String description, String valuation) {
        static ContributionForm empty() {
            return new ContributionForm(0, "", "", "", "");
        }
    }

    record RequestForm(String funder, String programme, String amountAsked) {
        static RequestForm empty() {
            return new RequestForm("", "", "");
        }
    }

    @GetMapping("/gestion/campus/{id}/budget")
    String budget(@PathVariable UUID id, @RequestParam(name = "annee", required = false) Integer year, Model model) {
        CampusCard campus = registry.requireReadable(currentActor.require(), id);
        return page(model, campus, year == null ? Year.now(clock).getValue() : year, null);
    }

    @GetMapping("/gestion/campus/{id}/budget/budget-{year}.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @PathVariable int year) {
        CampusCard campus = registry.requireReadable(currentActor.require(), id);
        var budget = budgets.budget(id, year).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        return download(Spreadsheet.xlsx(BudgetExport.table(budget)), Spreadsheet.XLSX_MEDIA_TYPE, "budget-" + campus.slug() + "-" + year + ".xlsx");
    }

    @GetMapping("/gestion/campus/{id}/budget/budget-{year}.csv")
    org.springframework.http.ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable int year) {
        CampusCard campus = registry.requireReadable(currentActor.require(), id);
        var budget = budgets.budget(id, year).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        return download(Spreadsheet.csv(BudgetExport.table(budget)), Spreadsheet.CSV_MEDIA_TYPE, "budget-" + campus.slug() + "-" + year + ".csv");
    }

    private static org.springframework.http.ResponseEntity<byte[]> download(byte[] content, String mediaType, String fileName) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(mediaType))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @PostMapping("/gestion/campus/{id}/budget")
    String open(@PathVariable UUID id, @RequestParam("annee") int year, RedirectAttributes flash) {
        editable(id);
        try {
            budgets.open(id, year);
            flash.addFlashAttribute("success", "Le budget " + year + " est ouvert.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/lignes")
    String addLine(@PathVariable UUID id, @PathVariable int year, @ModelAttribute("lineForm") LineForm form, Model model,
                   RedirectAttributes flash) {
        CampusCard campus = editable(id);
        try {
            boolean expense = "EXPENSE".equals(form.side());
            checkCategory(expense, form.category());
            budgets.addLine(id, year, form.version(), expense, form.category(), form.label(), amount(form.planned(), "planned"),
                    amount(form.actual(), "actual"));
            flash.addFlashAttribute("success", "La ligne « " + form.label().strip() + " » est ajoutée.");
            return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
        } catch (BusinessRuleException e) {
            model.addAttribute("lineForm", form);
            return page(model, campus, year, e.getMessage());
        }
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/lignes/{lineId}/retrait")
    String removeLine(@PathVariable UUID id, @PathVariable int year, @PathVariable UUID lineId, @RequestParam("version") long version,
                      RedirectAttributes flash) {
        editable(id);
        try {
            budgets.removeLine(id, year, version, lineId);
            flash.addFlashAttribute("success", "La ligne est retirée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/contributions")
    String addContribution(@PathVariable UUID id, @PathVariable int year, @ModelAttribute("contributionForm") ContributionForm form,
                           Model model, RedirectAttributes flash) {
        CampusCard campus = editable(id);
        try {
            var kind = Arrays.stream(BudgetCodes.ContributionKind.values()).filter(k -> k.name().equals(form.kind())).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("kind", "Choisissez le type de contribution."));
            budgets.addContribution(id, year, form.version(), uuid(form.organisationId()), kind, form.description(),
                    amount(form.valuation(), "valuation"));
            flash.addFlashAttribute("success", "La contribution est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
        } catch (BusinessRuleException e) {
            model.addAttribute("contributionForm", form);
            return page(model, campus, year, e.getMessage());
        }
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/demandes")
    String addRequest(@PathVariable UUID id, @PathVariable int year, @ModelAttribute("requestForm") RequestForm form, Model model,
                      RedirectAttributes flash) {
        CampusCard campus = editable(id);
        try {
            var funder = Arrays.stream(BudgetCodes.Funder.values()).filter(f -> f.name().equals(form.funder())).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("funder", "Choisissez le financeur."));
            budgets.addFundingRequest(id, year, funder, form.programme(), amount(form.amountAsked(), "amountAsked"));
            flash.addFlashAttribute("success", "La demande de financement est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
        } catch (BusinessRuleException e) {
            model.addAttribute("requestForm", form);
            return page(model, campus, year, e.getMessage());
        }
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/demandes/{requestId}")
    String decide(@PathVariable UUID id, @PathVariable int year, @PathVariable UUID requestId, @RequestParam("status") String status,
                  @RequestParam(name = "amountGranted", required = false) String granted, RedirectAttributes flash) {
        editable(id);
        try {
            var decided = Arrays.stream(BudgetCodes.FundingStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("status", "Choisissez le statut."));
            budgets.decideFundingRequest(id, requestId, decided, amount(granted, "amountGranted"));
            flash.addFlashAttribute("success", "La demande est mise à jour.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
    }

    private String page(Model model, CampusCard campus, int year, String error) {
        Actor actor = currentActor.require();
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(actor, campus.id()));
        model.addAttribute("registryEditable", registry.canEdit(actor, campus.id()));
        model.addAttribute("year", year);
        model.addAttribute("years", budgets.years(campus.id()));
        model.addAttribute("budget", budgets.budget(campus.id(), year).orElse(null));
        model.addAttribute("formError", error);
        model.addAttribute("expenseOptions", Arrays.stream(BudgetCodes.ExpenseCategory.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("funderOptions", Arrays.stream(BudgetCodes.Funder.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("kindOptions", Arrays.stream(BudgetCodes.ContributionKind.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("statusOptions", Arrays.stream(BudgetCodes.FundingStatus.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("partnerOptions", directory.partnersOf(campus.id()).stream().map(p -> p.organisation()).distinct()
                .map(o -> new Option(o.id().toString(), o.displayName())).toList());
        if (!model.containsAttribute("lineForm")) {
            model.addAttribute("lineForm", LineForm.empty("EXPENSE"));
        }
        if (!model.containsAttribute("contributionForm")) {
            model.addAttribute("contributionForm", ContributionForm.empty());
        }
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", RequestForm.empty());
        }
        return "governance/budget";
    }

    private CampusCard editable(UUID id) {
        return registry.requireManageable(currentActor.require(), id);
    }

    private static void checkCategory(boolean expense, String category) {
        boolean known = expense
                ? Arrays.stream(BudgetCodes.ExpenseCategory.values()).anyMatch(c -> c.name().equals(category))
                : Arrays.stream(BudgetCodes.Funder.values()).anyMatch(c -> c.name().equals(category));
        if (!known) {
            throw new BusinessRuleException("category", expense ? "Choisissez la catégorie de dépense." : "Choisissez le financeur.");
        }
    }

    /** Reads an amount typed the French way ("1 234,56 €") or the plain way ("1234.56"); null when empty. */
    static BigDecimal amount(String text, String field) {
        return FrenchInput.amount(field, text);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("organisationId", "Choisissez un partenaire du campus.");
        }
    }
}
