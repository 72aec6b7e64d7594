package fr.passerelle.governance;

/**
 * The three colleges a steering committee (COPIL) gathers its members in: formation et recherche, monde économique,
 * territoires.
 */
public enum College {
    TRAINING_RESEARCH("Formation et recherche"),
    ECONOMY("Monde économique"),
    TERRITORIES("Territoires");

    private final String label;

    College(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
