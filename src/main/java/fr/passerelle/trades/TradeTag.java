package fr.passerelle.trades;

import java.util.Optional;

/**
 * The yes/no tags of a fiche, as the search filters and the sheet name them. The ecological transition is a kind, not a
 * yes/no ({@link EcologicalTransition}).
 */
enum TradeTag {
    DIGITAL("Transition numérique"),
    DEMOGRAPHIC("Transition démographique"),
    REGULATED("Métier réglementé"),
    EXECUTIVE("Emploi cadre");

    private final String label;

    TradeTag(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<TradeTag> parse(String value) {
        for (TradeTag tag : values()) {
            if (tag.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }
}
