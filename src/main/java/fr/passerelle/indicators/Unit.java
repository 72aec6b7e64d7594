package fr.passerelle.indicators;

/** What an indicator's value counts. */
public enum Unit {
    COUNT("nombre"),
    PERCENT("%"),
    POINTS("points"),
    EUROS("€"),
    YES_NO("oui / non");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
