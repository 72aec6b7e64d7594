package fr.passerelle.governance;

/** The codes a budget speaks: expense categories, funders, kinds of contribution, states of a funding request. */
public final class BudgetCodes {

    private BudgetCodes() {
    }

    public enum ExpenseCategory {
        STAFF("Personnel"), OPERATIONS("Fonctionnement"), EQUIPMENT("Équipement"), ACTIONS("Actions et événements"),
        COMMUNICATION("Communication"), TRAVEL("Déplacements"), OTHER("Autres dépenses");

        private final String label;

        ExpenseCategory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Who funds a campus. The codes already recorded keep their meaning ({@code EU_FUNDS} now reads « Autres fonds
     * européens », the programmes named apart having their own code).
     */
    public enum Funder {
        REGION("Région"), STATE("État"), DEPARTMENT("Département"), FRANCE_2030("PIA / France 2030"), ERASMUS_PLUS("Erasmus+"),
        ESF("FSE (Fonds social européen)"), INTERREG("Interreg"), LIFE("LIFE"), EU_FUNDS("Autres fonds européens"),
        COMPANIES("Entreprises"), OTHER("Autres financeurs");

        private final String label;

        Funder(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * The largest share of a project's eligible expenses this funder's aid may cover, or null when the programme sets
         * none: PIA / France 2030 aid reaches « au maximum 50% des dépenses éligibles du projet ».
         */
        public java.math.BigDecimal maxShareOfEligibleExpenses() {
            return this == FRANCE_2030 ? new java.math.BigDecimal("0.50") : null;
        }

        /** The State and the région are the label's own funders; the others co-fund. */
        public boolean coFunds() {
            return this != REGION && this != STATE;
        }
    }

    public enum ContributionKind {
        FINANCIAL("Financière"), IN_KIND("Matérielle"), STAFF("Humaine");

        private final String label;

        ContributionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum FundingStatus {
        PLANNED("En préparation"), SUBMITTED("Déposée"), GRANTED("Accordée"), REFUSED("Refusée");

        private final String label;

        FundingStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
