package fr.passerelle.clusters.surveys;

/** A company's turnover, in bands (the observatory asks for an order of size, not the figure). */
enum TurnoverBand {
    UNDER_2M("Moins de 2 M€"),
    FROM_2_TO_10M("De 2 à 10 M€"),
    FROM_10_TO_50M("De 10 à 50 M€"),
    OVER_50M("Plus de 50 M€");

    private final String label;

    TurnoverBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
