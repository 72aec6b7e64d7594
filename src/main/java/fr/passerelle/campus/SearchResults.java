package fr.passerelle.campus;

import java.util.List;

/** One page of campuses and the facets of the whole result. */
record SearchResults(List<CampusCard> items, long total, int page, int size, List<Facet> facets) {

    record Facet(String parameter, String title, List<FacetValue> values) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
