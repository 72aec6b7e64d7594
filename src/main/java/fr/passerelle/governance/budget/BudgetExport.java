package fr.passerelle.governance.budget;

import fr.passerelle.platform.Spreadsheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The budget of a year as a table: its expense and resource lines, the partners' valued contributions, the funding
 * requests (amount asked as planned, amount granted as actual, with the eligible expenses they were computed on), then
 * totals rows (expenses, resources, contributions, planned balance).
 */
final class BudgetExport {

    private BudgetExport() {
    }

    static Spreadsheet.Table table(Budgets.BudgetView budget) {
        List<String> headers = List.of("Sens", "Catégorie ou financeur", "Libellé", "Prévu (€)", "Réalisé (€)",
                "Dépenses éligibles (€)");
        List<List<Object>> rows = new ArrayList<>();
        for (var line : budget.lines()) {
            rows.add(Arrays.asList(line.expense() ? "Dépense" : "Ressource", line.categoryLabel(), line.label(), line.planned(), line.actual(), null));
        }
        for (var c : budget.contributions()) {
            rows.add(Arrays.asList("Contribution valorisée", c.kind().label(), c.organisationName() + " — " + c.description(), c.valuation(), null, null));
        }
        for (var r : budget.fundingRequests()) {
            rows.add(Arrays.asList("Demande de financement", r.funder().label(), r.programme() + " — " + r.status().label(), r.amountAsked(),
                    r.amountGranted(), r.eligibleExpenses()));
        }
        var f = budget.figures();
        List<List<Object>> totals = List.of(
                Arrays.asList("Total des dépenses", null, null, f.plannedExpenses(), f.actualExpenses(), null),
                Arrays.asList("Total des ressources", null, null, f.plannedResources(), f.actualResources(), null),
                Arrays.asList("Total des contributions valorisées", null, null, f.contributionsTotal(), null, null),
                Arrays.asList("Solde (ressources − dépenses)", null, null, f.plannedResources().subtract(f.plannedExpenses()),
                        f.actualResources().subtract(f.actualExpenses()), null),
                Arrays.asList("Taux de cofinancement", null, f.coFundingText(), null, null, null));
        return new Spreadsheet.Table("Budget " + budget.year(), headers, rows, totals);
    }
}
