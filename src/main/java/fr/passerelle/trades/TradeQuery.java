package fr.passerelle.trades;

import java.util.Set;

/**
 * A search of the fiches: free text, and filters combined with AND across dimensions and OR within one. Pages count
 * from 1.
 */
record TradeQuery(String text, Set<String> grandDomains, Set<String> domains, Set<String> sectors,
                  Set<EcologicalTransition> ecological, Set<TradeTag> tags, int page, int size) {

    static final int MAX_SIZE = 200;
    /** The longest text searched, in characters. */
    static final int MAX_TEXT = 200;
    /** Beyond this, a page of fiches makes no sense (1,584 fiches). */
    static final int MAX_PAGE = 10_000;

    TradeQuery {
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
        }
        grandDomains = grandDomains == null ? Set.of() : Set.copyOf(grandDomains);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        ecological = ecological == null ? Set.of() : Set.copyOf(ecological);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        page = Math.min(MAX_PAGE, Math.max(1, page));
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    static TradeQuery text(String text, int size) {
        return new TradeQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1, size);
    }

    enum Dimension { GRAND_DOMAIN, DOMAIN, SECTOR, ECOLOGICAL, TAG }

    int offset() {
        return (page - 1) * size;
    }

    boolean filtered() {
        return !grandDomains.isEmpty() || !domains.isEmpty() || !sectors.isEmpty() || !ecological.isEmpty() || !tags.isEmpty();
    }
}
