package fr.passerelle.labelling.deployment;

/** Where a deployment plan stands: prepared by the co-pilots, or adopted (on a date). */
enum PlanStatus {
    DRAFT("En préparation"),
    ADOPTED("Adopté");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
