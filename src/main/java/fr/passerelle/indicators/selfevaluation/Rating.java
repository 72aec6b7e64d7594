package fr.passerelle.indicators.selfevaluation;

/** The scale a campus rates itself on, theme by theme, written on the page and in the PDF. */
enum Rating {
    TO_ENGAGE(1, "À engager", "La démarche n’est pas encore lancée ou reste ponctuelle."),
    IN_PROGRESS(2, "En cours", "Des actions sont engagées mais pas encore structurées ni évaluées."),
    MASTERED(3, "Maîtrisé", "La démarche est organisée, suivie par des indicateurs et produit des résultats."),
    EXEMPLARY(4, "Exemplaire", "Les résultats sont établis, partagés et peuvent inspirer d’autres campus.");

    private final int value;
    private final String label;
    private final String description;

    Rating(int value, String label, String description) {
        this.value = value;
        this.label = label;
        this.description = description;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** « 3 — Maîtrisé ». */
    public String text() {
        return value + " « " + label + " »";
    }

    static Rating of(Integer value) {
        if (value == null) {
            return null;
        }
        for (Rating r : values()) {
            if (r.value == value) {
                return r;
            }
        }
        return null;
    }
}
