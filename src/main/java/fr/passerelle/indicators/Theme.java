package fr.passerelle.indicators;

/** The five themes of the self-evaluation tools built on QualÉduc (source 001). */
public enum Theme {
    GOVERNANCE("Gouvernance du CMQ"),
    INNOVATION("Innovation"),
    SCHOOL_BUSINESS("Relation École-entreprise"),
    PATHWAYS("Parcours de formation, élévation du niveau de qualification et insertion professionnelle"),
    CULTURE_MOBILITY("Culture et mobilité");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
