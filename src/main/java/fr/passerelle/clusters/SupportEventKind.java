package fr.passerelle.clusters;

/** The kinds of collective HR events a cluster runs for its members (source 004, section 2 and « Fiche 2 »). */
public enum SupportEventKind {
    WORKSHOP("Atelier"),
    HR_BREAKFAST("Petit-déjeuner RH"),
    CONFERENCE("Conférence"),
    SEMINAR("Séminaire"),
    CLUB("Club");

    private final String label;

    SupportEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
