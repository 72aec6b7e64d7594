package fr.passerelle.labelling;

/** The sense of an opinion. */
public enum Verdict {
    FAVOURABLE("Favorable"),
    RESERVED("Favorable avec réserves"),
    UNFAVOURABLE("Défavorable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
