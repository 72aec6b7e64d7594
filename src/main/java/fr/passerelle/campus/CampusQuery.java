package fr.passerelle.campus;

import java.util.Set;

/**
 * A search of the registry: free text, and filters combined with AND across dimensions and OR within one.
 * Pages count from 1.
 */
record CampusQuery(String text, Set<String> regions, Set<String> academies, Set<Sector> sectors,
                   Set<LabelCategory> categories, Set<LabelStatus> statuses, Near near, int page, int size) {

    static final int MAX_SIZE = 200;
    /** The longest text searched, in characters. */
    static final int MAX_TEXT = 200;
    /** The last page that may be asked for: enough for 10^6 campuses a page at a time. */
    static final int MAX_PAGE = 1_000_000;

    CampusQuery {
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
        }
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        academies = academies == null ? Set.of() : Set.copyOf(academies);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        page = Math.min(MAX_PAGE, Math.max(1, page));
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    /** A query without a distance. */
    CampusQuery(String text, Set<String> regions, Set<String> academies, Set<Sector> sectors,
                Set<LabelCategory> categories, Set<LabelStatus> statuses, int page, int size) {
        this(text, regions, academies, sectors, categories, statuses, null, page, size);
    }

    /** The same query, at another page and size. */
    CampusQuery atPage(int page, int size) {
        return new CampusQuery(text, regions, academies, sectors, categories, statuses, near, page, size);
    }

    enum Dimension { REGION, ACADEMY, SECTOR, CATEGORY, STATUS }

    int offset() {
        return (page - 1) * size;
    }
}
