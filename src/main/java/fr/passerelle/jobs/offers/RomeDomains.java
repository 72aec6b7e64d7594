package fr.passerelle.jobs.offers;

import java.util.Map;

/** The fourteen grand domains of ROME, by their letter: the board's « secteur » facet. */
final class RomeDomains {

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("A", "Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux"),
            Map.entry("B", "Arts et façonnage d’ouvrages d’art"),
            Map.entry("C", "Banque, assurance, immobilier"),
            Map.entry("D", "Commerce, vente et grande distribution"),
            Map.entry("E", "Communication, média et multimédia"),
            Map.entry("F", "Construction, bâtiment et travaux publics"),
            Map.entry("G", "Hôtellerie-restauration, tourisme, loisirs et animation"),
            Map.entry("H", "Industrie"),
            Map.entry("I", "Installation et maintenance"),
            Map.entry("J", "Santé"),
            Map.entry("K", "Services à la personne et à la collectivité"),
            Map.entry("L", "Spectacle"),
            Map.entry("M", "Support à l’entreprise"),
            Map.entry("N", "Transport et logistique"));

    private RomeDomains() {
    }

    static String label(String letter) {
        return LABELS.getOrDefault(letter, letter);
    }
}
