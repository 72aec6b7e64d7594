package fr.passerelle.indicators.selfevaluation;

/** The three deadlines of a campaign, each the deadline of one actor. */
enum Stage {
    SUBMISSION("Dépôt par la direction opérationnelle"),
    REVIEW("Examen par le référent académique"),
    VALIDATION("Validation par le comité stratégique régional");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
