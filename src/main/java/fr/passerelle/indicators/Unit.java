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

    /** A value of this unit in French: « 12,5 % », « 1 200 € », « oui », « 3,5 points », « 42 ». */
    public String format(java.math.BigDecimal value) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
        number.setMaximumFractionDigits(1);
        return switch (this) {
            case PERCENT -> number.format(value) + " %";
            case EUROS -> number.format(value) + " €";
            case YES_NO -> value.signum() == 0 ? "non" : "oui";
            case POINTS -> number.format(value) + " points";
            case COUNT -> number.format(value);
        };
    }
}
