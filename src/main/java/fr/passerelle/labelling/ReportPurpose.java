package fr.passerelle.labelling;

/**
 * What a progress report of a label is for (source 001: « rapports d'étape », « points d'étape régulièrement
 * effectués », the mid-term evaluation and « celle préalable au renouvellement du label »). The mid-term report and the
 * pre-renewal evaluation open once per label, by the morning job, with the annex « Indicateurs et auto-évaluation »;
 * stage reports open on demand, as many as the label's followers ask.
 */
public enum ReportPurpose {
    MID_TERM("Rapport à mi-parcours", "à mi-parcours du label", true),
    STAGE("Point d’étape", "à la demande du suivi du label", false),
    PRE_RENEWAL("Évaluation préalable au renouvellement", "un an avant la fin du label", true);

    private final String label;
    private final String when;
    private final boolean annexed;

    ReportPurpose(String label, String when, boolean annexed) {
        this.label = label;
        this.when = when;
        this.annexed = annexed;
    }

    public String label() {
        return label;
    }

    /** When it opens, for a line of text. */
    public String when() {
        return when;
    }

    /** Whether the report carries the annex « Indicateurs et auto-évaluation ». */
    public boolean annexed() {
        return annexed;
    }

    /** Whether the label has at most one report of this purpose. */
    public boolean oncePerLabel() {
        return this != STAGE;
    }
}
