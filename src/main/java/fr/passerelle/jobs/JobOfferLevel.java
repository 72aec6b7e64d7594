package fr.passerelle.jobs;

/** The level of qualification an offer asks for, on the French national framework (levels 3 to 8), or none. */
public enum JobOfferLevel {
    NONE("Sans diplôme exigé"),
    LEVEL_3("Niveau 3 (CAP, BEP)"),
    LEVEL_4("Niveau 4 (baccalauréat)"),
    LEVEL_5("Niveau 5 (bac + 2 : BTS, BUT 2e année)"),
    LEVEL_6("Niveau 6 (bac + 3 : licence, BUT)"),
    LEVEL_7("Niveau 7 (bac + 5 : master, ingénieur)"),
    LEVEL_8("Niveau 8 (doctorat)");

    private final String label;

    JobOfferLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
