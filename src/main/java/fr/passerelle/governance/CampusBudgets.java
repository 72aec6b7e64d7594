package fr.passerelle.governance;

import fr.passerelle.identity.Actor;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The yearly budgets of campuses, for other modules (the demo data). Pages and exports stay inside governance.
 * Every method checks that the actor runs the campus's life, and is audited.
 */
public interface CampusBudgets {

    void open(Actor actor, UUID campusId, int year);

    /** Adds a line to the budget of the year: an expense of a category, or a resource from a funder (its code). */
    void addLine(Actor actor, UUID campusId, int year, boolean expense, String category, String label, BigDecimal planned,
                 BigDecimal actual);

    void addContribution(Actor actor, UUID campusId, int year, UUID organisationId, BudgetCodes.ContributionKind kind,
                         String description, BigDecimal valuation);

    /**
     * Records a funding request with the eligible expenses of the project it funds (required when the funder caps its
     * aid to a share of them, as PIA / France 2030 does: at most 50 %); returns its id.
     */
    UUID addFundingRequest(Actor actor, UUID campusId, int year, BudgetCodes.Funder funder, String programme, BigDecimal amountAsked,
                           BigDecimal eligibleExpenses);

    void decideFundingRequest(Actor actor, UUID campusId, UUID requestId, BudgetCodes.FundingStatus status, BigDecimal granted);
}
