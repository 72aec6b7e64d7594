package fr.passerelle.indicators.selfevaluation;

/** Where a self-evaluation stands in its workflow. */
enum SelfEvaluationStatus {
    DRAFT("En rédaction par la direction", "info"),
    RETURNED("Renvoyée à la direction", "warning"),
    AT_ACADEMY("À l’examen du référent académique", "new"),
    AT_REGION("À la validation du comité stratégique régional", "new"),
    VALIDATED("Validée", "success");

    private final String label;
    private final String badge;

    SelfEvaluationStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The DSFR badge modifier: info, warning, new, success. */
    public String badge() {
        return badge;
    }

    /** Whether the director holds it: it may be edited and submitted. */
    boolean inDirectorsHands() {
        return this == DRAFT || this == RETURNED;
    }
}
