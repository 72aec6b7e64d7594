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

    public enum Funder {
        REGION("Région"), STATE("État"), FRANCE_2030("PIA / France 2030"), EU_FUNDS("Fonds européens"), COMPANIES("Entreprises"),
        OTHER("Autres financeurs");

        private final String label;

        Funder(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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
