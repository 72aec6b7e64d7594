package fr.passerelle.campus;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of campuses and the facets of the whole result. */
record SearchResults(List<CampusCard> items, long total, int page, int size, List<Facet> facets,
                     Map<UUID, Double> distances) {

    SearchResults {
        distances = Map.copyOf(distances);
    }

    /** How far the campus is from the place searched, in kilometres; null without a place (or without coordinates). */
    public Double distanceTo(CampusCard campus) {
        return distances.get(campus.id());
    }

    /** The distance as the pages write it: "à 3 km", "à 12 km", "à moins d'1 km". */
    public String distanceLabel(CampusCard campus) {
        Double km = distanceTo(campus);
        if (km == null) {
            return null;
        }
        return km < 1 ? "à moins d'1 km" : "à " + Math.round(km) + " km";
    }

    record Facet(String parameter, String title, List<FacetValue> values) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
