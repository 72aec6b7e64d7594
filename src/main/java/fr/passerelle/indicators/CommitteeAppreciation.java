package fr.passerelle.indicators;

/** The scale on which the regional strategic committee appreciates each campus of the région, stated on the page and in the PDF. */
public enum CommitteeAppreciation {
    CONFORM("Conforme aux engagements", "Le campus tient les engagements de son label : gouvernance active, actions menées, indicateurs suivis.", "success"),
    VIGILANCE("Points de vigilance", "Des engagements sont tenus en partie ; le comité signale ce qui doit être suivi d’ici la prochaine revue.", "warning"),
    CONCERNING("Situation préoccupante", "Les engagements ne sont pas tenus ; le comité demande des mesures correctives.", "error");

    private final String label;
    private final String description;
    private final String badge;

    CommitteeAppreciation(String label, String description, String badge) {
        this.label = label;
        this.description = description;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The DSFR badge modifier. */
    public String badge() {
        return badge;
    }
}
