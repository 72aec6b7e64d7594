package fr.passerelle.training;

/** How a training is followed. */
public enum TrainingRoute {
    SCHOOL("voie scolaire"),
    APPRENTICESHIP("apprentissage"),
    CONTINUING("formation continue");

    private final String label;

    TrainingRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
