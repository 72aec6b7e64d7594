package fr.passerelle.campus;

import java.util.Set;

/**
 * A search of the registry: free text, and filters combined with AND across dimensions and OR within one.
 * Pages count from 1.
 */
record CampusQuery(String text, Set<String> regions, Set<String> academies, Set<Sector> sectors,
                   Set<LabelCategory> categories, Set<LabelStatus> statuses, int page, int size) {

    static final int MAX_SIZE = 200;

    CampusQuery {
        text = text == null ? "" : text.strip();
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        academies = academies == null ? Set.of() : Set.copyOf(academies);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    enum Dimension { REGION, ACADEMY, SECTOR, CATEGORY, STATUS }

    int offset() {
        return (page - 1) * size;
    }
}
