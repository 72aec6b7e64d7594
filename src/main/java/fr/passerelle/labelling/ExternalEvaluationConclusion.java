package fr.passerelle.labelling;

/** The conclusion of the external evaluation of an Excellence label. */
public enum ExternalEvaluationConclusion {
    FAVOURABLE("Favorable au maintien du label"),
    FAVOURABLE_WITH_RESERVATIONS("Favorable avec réserves"),
    UNFAVOURABLE("Défavorable");

    private final String label;

    ExternalEvaluationConclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
