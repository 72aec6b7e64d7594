package fr.passerelle.governance;

/** The kinds of governing body of a campus. */
public enum BodyKind {
    STRATEGIC("Comité d'orientation stratégique"),
    STEERING("Comité de pilotage (COPIL)"),
    TECHNICAL("Comité technique"),
    WORKING_GROUP("Groupe de travail");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
