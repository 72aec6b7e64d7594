package fr.passerelle.training;

/** How a training is followed. */
public enum TrainingRoute {
    SCHOOL("voie scolaire"),
    APPRENTICESHIP("apprentissage"),
    CONTINUING("formation continue"),
    /** Validation des acquis de l'expérience: the diploma is obtained by proving the experience its skills need. */
    VAE("validation des acquis de l’expérience (VAE)");

    private final String label;

    TrainingRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
