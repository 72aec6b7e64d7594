package fr.passerelle.trades;

import java.util.List;

/** One page of fiches and the facets of the whole result. */
record TradeResults(List<TradeCard> items, long total, int page, int size, List<Facet> facets) {

    /** A fiche in a list of results, with its tags as the sheet names them. */
    record TradeCard(String code, String label, String domainCode, String domainLabel, List<String> tags) {
    }

    /** A facet: the URL parameter it sets, its title, its values with their counts. */
    record Facet(String parameter, String title, List<FacetValue> values) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
