package fr.passerelle.trades;

/**
 * How ROME weighs an item of a fiche (its coherence file): at the core of the trade (« Principale »), emerging
 * (« Émergente »), or neither.
 */
public enum CoreFlag {
    CORE("Cœur de métier"),
    EMERGING("Émergent"),
    NONE("");

    private final String label;

    CoreFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the flag as the tables store it (CORE, EMERGING, null) or as ROME writes it (Principale, Émergente). */
    static CoreFlag of(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        String value = stored.strip();
        if (value.equalsIgnoreCase("CORE") || value.equalsIgnoreCase("Principale")) {
            return CORE;
        }
        if (value.equalsIgnoreCase("EMERGING") || value.equalsIgnoreCase("Émergente") || value.equalsIgnoreCase("Emergente")) {
            return EMERGING;
        }
        return NONE;
    }
}
