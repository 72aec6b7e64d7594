package fr.passerelle.trades;

/**
 * A job title (appellation) as a picker offers it: its OGR code (what other modules store), its label, and the fiche
 * it belongs to. The principal one names its fiche; a rarely used one is still a valid choice.
 */
public record JobTitleChoice(int ogr, String label, String tradeCode, String tradeLabel, boolean principal,
                             boolean rarelyUsed) {

    /** "Soudeur / Soudeuse (H2913)". */
    public String displayName() {
        return label + " (" + tradeCode + ")";
    }
}
