package fr.passerelle.jobs.offers;

/** Where an offer is in its life: written, on the board, past its expiry date, or closed by its recruiter. */
enum OfferStatus {
    DRAFT("Brouillon"),
    PUBLISHED("Publiée"),
    EXPIRED("Expirée"),
    CLOSED("Clôturée");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
