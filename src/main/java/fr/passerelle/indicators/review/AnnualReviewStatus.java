package fr.passerelle.indicators.review;

/** Where an annual review stands in its workflow; {@link #NOT_BEGUN} while the director has written nothing (no row). */
enum AnnualReviewStatus {
    NOT_BEGUN("Non commencé", "info"),
    DRAFT("En rédaction par la direction", "info"),
    RETURNED("Renvoyé à la direction", "warning"),
    SUBMITTED("Déposé, à prendre en compte par le référent académique", "new"),
    ACKNOWLEDGED("Pris en compte par le référent académique", "success");

    private final String label;
    private final String badge;

    AnnualReviewStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The DSFR badge modifier. */
    public String badge() {
        return badge;
    }

    /** Whether the director holds it: commented, submitted, its figures generated afresh. */
    boolean inDirectorsHands() {
        return this == NOT_BEGUN || this == DRAFT || this == RETURNED;
    }
}
