package fr.passerelle.indicators;

/** Where the values of an indicator come from. */
public enum IndicatorSource {
    COMPUTED("Calculé par la plateforme"),
    DECLARED("Déclaré par le campus"),
    IMPORTED("Importé (InserJeunes)");

    private final String label;

    IndicatorSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
