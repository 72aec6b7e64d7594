package fr.passerelle.governance.budget;

import fr.passerelle.governance.BudgetCodes;
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
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget of a campus in the back office; refused inputs come back with what was typed and the reason. The
 * service checks who acts.
 */
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

    /** A budget line: an expense of a category or a resource from a funder, planned and actual amounts. */
    record LineForm(@NotBlank(message = "Rechargez la page : la version du budget manque.") String version, String side,
                    @NotBlank(message = "Choisissez la catégorie ou le financeur.") String category,
                    @NotBlank(message = "Le libellé de la ligne est obligatoire.")
                    @Size(max = 255, message = "Le libellé ne peut dépasser 255 caractères.") String label,
                    @NotBlank(message = "Le montant est obligatoire.") String planned, String actual) {
        static LineForm empty(String side) {
            return new LineForm("0", side, "", "", "", "");
        }

        long expectedVersion() {
            return BudgetController.expectedVersion(version);
        }

        boolean expense() {
            return !"RESOURCE".equals(side);
        }

        BigDecimal plannedAmount() {
            return FrenchInput.amount("planned", planned);
        }

        BigDecimal actualAmount() {
            return FrenchInput.amount("actual", actual);
        }

        /** The checks beyond Bean Validation, run with it so that one submit reports every problem. */
        void check(BindingResult errors) {
            FormErrors.check(errors, this::plannedAmount, this::actualAmount,
                    () -> Budgets.checkLine(expense(), category, label, readable(this::plannedAmount), readable(this::actualAmount)));
        }

        /** An amount, or null when it cannot be read (that problem is reported on its own). */
        private static <T> T readable(java.util.function.Supplier<T> amount) {
            try {
                return amount.get();
            } catch (BusinessRuleException e) {
                return null;
            }
        }
    }

    /** A partner's contribution in kind, in staff or in money, and its valuation. */
    record ContributionForm(@NotBlank(message = "Rechargez la page : la version du budget manque.") String version,
                            @NotBlank(message = "Choisissez un partenaire du campus.") String organisationId,
                            @NotBlank(message = "Choisissez le type de contribution.") String kind,
                            @NotBlank(message = "Décrivez la contribution.")
                            @Size(max = 500, message = "La description ne peut dépasser 500 caractères.") String description,
                            @NotBlank(message = "Le montant est obligatoire.") String valuation) {
        static ContributionForm empty() {
            return new ContributionForm("0", "", "", "", "");
        }

        long expectedVersion() {
            return BudgetController.expectedVersion(version);
        }

        UUID organisation() {
            return FrenchInput.id("organisationId", organisationId, "Choisissez un partenaire du campus.");
        }

        BudgetCodes.ContributionKind toKind() {
            return FrenchInput.choice("kind", kind, BudgetCodes.ContributionKind.class, "Choisissez le type de contribution.");
        }
    }

    /** A funding request to a funder's programme, with the eligible expenses of the project it funds. */
    record RequestForm(@NotBlank(message = "Choisissez le financeur.") String funder,
                       @NotBlank(message = "Indiquez le programme ou l'appel visé.")
                       @Size(max = 255, message = "Le programme ne peut dépasser 255 caractères.") String programme,
                       @NotBlank(message = "Le montant demandé doit être positif.") String amountAsked,
                       String eligibleExpenses) {
        static RequestForm empty() {
            return new RequestForm("", "", "", "");
        }

        BudgetCodes.Funder toFunder() {
            return FrenchInput.choice("funder", funder, BudgetCodes.Funder.class, "Choisissez le financeur.");
        }

        BigDecimal asked() {
            return FrenchInput.amount("amountAsked", amountAsked);
        }

        BigDecimal eligible() {
            return FrenchInput.amount("eligibleExpenses", eligibleExpenses);
        }

        /** The checks beyond Bean Validation, the funder's ceiling among them, run with it so that one submit reports every problem. */
        void check(BindingResult errors) {
            FormErrors.check(errors, this::toFunder, this::asked, this::eligible, () -> {
                var problems = FundingCap.problems(LineForm.readable(this::toFunder), LineForm.readable(this::eligible),
                        LineForm.readable(this::asked), null);
                if (!problems.isEmpty()) {
                    throw new BusinessRuleException(problems);
                }
            });
        }
    }

    @GetMapping("/gestion/campus/{id}/budget")
    String budget(@PathVariable UUID id, @RequestParam(name = "annee", required = false) Integer year, Model model) {
        Actor actor = currentActor.require();
        return page(model, actor, registry.requireReadable(actor, id), year == null ? Year.now(clock).getValue() : year);
    }

    @GetMapping("/gestion/campus/{id}/budget/budget-{year}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @PathVariable int year) {
        Actor actor = currentActor.require();
        var budget = budgets.budget(actor, id, year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(Spreadsheet.xlsx(BudgetExport.table(budget)), Spreadsheet.XLSX_MEDIA_TYPE,
                "budget-" + registry.byId(id).orElseThrow().slug() + "-" + year + ".xlsx");
    }

    @GetMapping("/gestion/campus/{id}/budget/budget-{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable int year) {
        Actor actor = currentActor.require();
        var budget = budgets.budget(actor, id, year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(Spreadsheet.csv(BudgetExport.table(budget)), Spreadsheet.CSV_MEDIA_TYPE,
                "budget-" + registry.byId(id).orElseThrow().slug() + "-" + year + ".csv");
    }

    private static ResponseEntity<byte[]> download(byte[] content, String mediaType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @PostMapping("/gestion/campus/{id}/budget")
    String open(@PathVariable UUID id, @RequestParam("annee") int year, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/budget?annee=" + year, () -> budgets.open(actor, id, year),
                "Le budget " + year + " est ouvert.");
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/lignes")
    String addLine(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("lineForm") LineForm form, BindingResult errors,
                   Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        form.check(errors);
        return Outcomes.submit(errors, () -> {
            budgets.addLine(actor, id, year, form.expectedVersion(), form.expense(), form.category(), form.label(),
                    form.plannedAmount(), form.actualAmount());
            flash.addFlashAttribute("success", "La ligne « " + form.label().strip() + " » est ajoutée.");
            return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
        }, () -> refused(model, actor, id, year, errors));
    }

    @GetMapping("/gestion/campus/{id}/budget/{year}/lignes/{lineId}")
    String line(@PathVariable UUID id, @PathVariable int year, @PathVariable UUID lineId, Model model) {
        Actor actor = currentActor.require();
        var line = budgets.line(actor, id, year, lineId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        long version = budgets.budget(id, year).orElseThrow().version();
        model.addAttribute("lineForm", new LineForm(Long.toString(version), line.expense() ? "EXPENSE" : "RESOURCE", line.category(),
                line.label(), amountText(line.planned()), amountText(line.actual())));
        return linePage(model, actor, id, year, line);
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/lignes/{lineId}")
    String editLine(@PathVariable UUID id, @PathVariable int year, @PathVariable UUID lineId, @Valid @ModelAttribute("lineForm") LineForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var line = budgets.line(actor, id, year, lineId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.check(errors);
        return Outcomes.submit(errors, () -> {
            budgets.editLine(actor, id, year, form.expectedVersion(), lineId, form.expense(), form.category(), form.label(),
                    form.plannedAmount(), form.actualAmount());
            flash.addFlashAttribute("success", "La ligne « " + form.label().strip() + " » est modifiée.");
            return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
        }, () -> {
            model.addAttribute("formErrors", FormErrors.of(errors));
            return linePage(model, actor, id, year, line);
        });
    }

    private String linePage(Model model, Actor actor, UUID id, int year, Budgets.LineView line) {
        model.addAttribute("campus", registry.requireManageable(actor, id));
        model.addAttribute("registryEditable", registry.canEdit(actor, id));
        model.addAttribute("year", year);
        model.addAttribute("line", line);
        options(model);
        return "governance/budget-line";
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/lignes/{lineId}/retrait")
    String removeLine(@PathVariable UUID id, @PathVariable int year, @PathVariable UUID lineId, @RequestParam("version") long version,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/budget?annee=" + year,
                () -> budgets.removeLine(actor, id, year, version, lineId), "La ligne est retirée.");
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/contributions")
    String addContribution(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("contributionForm") ContributionForm form,
                           BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        FormErrors.check(errors, form::organisation, form::toKind, () -> FrenchInput.amount("valuation", form.valuation()));
        return Outcomes.submit(errors, () -> {
            budgets.addContribution(actor, id, year, form.expectedVersion(), form.organisation(), form.toKind(), form.description(),
                    FrenchInput.amount("valuation", form.valuation()));
            flash.addFlashAttribute("success", "La contribution est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
        }, () -> refused(model, actor, id, year, errors));
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/demandes")
    String addRequest(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("requestForm") RequestForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        form.check(errors);
        return Outcomes.submit(errors, () -> {
            budgets.addFundingRequest(actor, id, year, form.toFunder(), form.programme(), form.asked(), form.eligible());
            flash.addFlashAttribute("success", "La demande de financement est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/budget?annee=" + year;
        }, () -> refused(model, actor, id, year, errors));
    }

    @PostMapping("/gestion/campus/{id}/budget/{year}/demandes/{requestId}")
    String decide(@PathVariable UUID id, @PathVariable int year, @PathVariable UUID requestId,
                  @RequestParam(name = "status", required = false) String status,
                  @RequestParam(name = "amountGranted", required = false) String granted, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/budget?annee=" + year, () -> budgets.decideFundingRequest(actor, id, requestId,
                        required(FrenchInput.choice("status", status, BudgetCodes.FundingStatus.class, "Choisissez le statut."), "status", "Choisissez le statut."),
                        FrenchInput.amount("amountGranted", granted)),
                "La demande est mise à jour.");
    }

    /** The page again, for those who run the campus's life, with what was typed and every problem. */
    private String refused(Model model, Actor actor, UUID id, int year, BindingResult errors) {
        model.addAttribute("formErrors", FormErrors.of(errors));
        return page(model, actor, registry.requireManageable(actor, id), year);
    }

    /** The version of the budget the form was opened on, sent back by the page. */
    static long expectedVersion(String version) {
        return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version du budget");
    }

    /** An amount as the form shows it to be corrected: "12500,00". */
    private static String amountText(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static <T> T required(T value, String field, String message) {
        if (value == null) {
            throw new BusinessRuleException(field, message);
        }
        return value;
    }

    private String page(Model model, Actor actor, CampusCard campus, int year) {
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(actor, campus.id()));
        model.addAttribute("registryEditable", registry.canEdit(actor, campus.id()));
        model.addAttribute("year", year);
        model.addAttribute("years", budgets.years(campus.id()));
        model.addAttribute("budget", budgets.budget(campus.id(), year).orElse(null));
        options(model);
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

    private static void options(Model model) {
        model.addAttribute("expenseOptions", Arrays.stream(BudgetCodes.ExpenseCategory.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("funderOptions", Arrays.stream(BudgetCodes.Funder.values()).map(c -> new Option(c.name(), c.label())).toList());
    }
}
