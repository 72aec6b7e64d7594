package fr.passerelle.jobs.offers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A page of the board: its offers, how many match, the facets with their counts, the distance of each offer from the commune. */
record BoardResults(List<OfferView> items, long total, int page, int size, List<Facet> facets, Map<UUID, Double> distances) {

    record Facet(String parameter, String title, List<FacetValue> values) {
    }

    /** A value of a facet: how many offers it gives with every other filter kept, whether it is chosen. */
    record FacetValue(String value, String label, long count, boolean selected) {
    }

    public int pages() {
        return (int) Math.max(1, Math.min(500, (total + size - 1) / size));
    }

    /** « 12,4 km », or null. */
    public String distanceOf(UUID id) {
        Double km = distances.get(id);
        return km == null ? null : String.format(java.util.Locale.FRENCH, "%.1f km", km);
    }
}
