package fr.passerelle.indicators;

/** How the value of an indicator is detailed, where it is. */
public enum Breakdown {
    ROUTE("Par voie de formation"),
    AUDIENCE("Par public"),
    CAUSE("Par cause"),
    ESTABLISHMENT("Par établissement"),
    BODY("Par instance");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
