package fr.passerelle.governance.budget;

import fr.passerelle.governance.BudgetCodes;
import fr.passerelle.platform.Option;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of governance reads of budgets: the funders, the resource lines of a campus's budget for a year, its summary. */
@Service
public class BudgetLines {

    private final JdbcClient jdbc;
    private final Budgets budgets;

    BudgetLines(JdbcClient jdbc, Budgets budgets) {
        this.jdbc = jdbc;
        this.budgets = budgets;
    }

    /** One planned resource of a budget: who funds it, and what for. */
    public record ResourceLine(UUID id, int year, String funder, String label, BigDecimal planned) {

        public String funderLabel() {
            return BudgetLines.funderLabel(funder);
        }

        /** "Région — Subvention régionale (budget 2026)". */
        public String description() {
            return funderLabel() + " — " + label + " (budget " + year + ")";
        }
    }

    @Transactional(readOnly = true)
    public List<ResourceLine> resourceLines(UUID campusId, int year) {
        return jdbc.sql("""
                        select l.id, b.year, l.category, l.label, l.planned from budget_line l join budget b on b.id = l.budget_id
                        where b.campus_id = ? and b.year = ? and l.side = 'RESOURCE' order by l.category, l.label""")
                .params(campusId, year).query((rs, n) -> line(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<ResourceLine> resourceLine(UUID lineId) {
        return jdbc.sql("""
                        select l.id, b.year, l.category, l.label, l.planned from budget_line l join budget b on b.id = l.budget_id
                        where l.id = ? and l.side = 'RESOURCE'""")
                .param(lineId).query((rs, n) -> line(rs)).optional();
    }

    /** The budget of a year in a few sentences, as a labelling dossier quotes it. */
    @Transactional(readOnly = true)
    public List<String> summary(UUID campusId, int year) {
        return budgets.budget(campusId, year).map(b -> List.of(
                "Budget " + year + " : dépenses prévues " + b.figures().text("plannedExpenses") + ", ressources prévues "
                        + b.figures().text("plannedResources"),
                "Taux de cofinancement : " + b.figures().coFundingText() + " ; contributions valorisées des partenaires : "
                        + b.figures().text("contributionsTotal"),
                b.fundingRequests().size() + " demande(s) de financement")).orElse(List.of("Aucun budget " + year + " n'est ouvert."));
    }

    /** The funders of the budget, code and label. */
    public static List<Option> funders() {
        return Arrays.stream(BudgetCodes.Funder.values()).map(f -> new Option(f.name(), f.label())).toList();
    }

    /** The label of a funder code, or null when the code is unknown. */
    public static String funderLabel(String code) {
        return Arrays.stream(BudgetCodes.Funder.values()).filter(f -> f.name().equals(code)).map(BudgetCodes.Funder::label)
                .findFirst().orElse(null);
    }

    private static ResourceLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ResourceLine(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5));
    }
}
