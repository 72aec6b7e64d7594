package fr.passerelle.clusters.matrix;

/**
 * Where a member company's entry stands: not filled in yet; a correction asked by the company; filled or changed by
 * the cluster's staff since the company last validated it; validated longer ago than the cluster's refresh period
 * (« à mettre à jour »); validated and up to date. One state per entry, in that order of precedence.
 */
enum MatrixState {
    NOT_FILLED("Non renseignée", "fr-badge--info"),
    CORRECTION_REQUESTED("Correction demandée", "fr-badge--error"),
    TO_VALIDATE("À valider par l’entreprise", "fr-badge--new"),
    STALE("À mettre à jour", "fr-badge--warning"),
    UP_TO_DATE("Validée et à jour", "fr-badge--success");

    private final String label;
    private final String badge;

    MatrixState(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The DSFR badge class showing it. */
    public String badge() {
        return badge;
    }
}
