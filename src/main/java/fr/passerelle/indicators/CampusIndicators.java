package fr.passerelle.indicators;

import java.util.List;
import java.util.UUID;

/**
 * The yearly values of the indicators a campus tracks, for other parts of the platform (the self-evaluation, the
 * reports, consolidation): computed in SQL from the views the other modules publish, declared by the campus (its
 * current declaration), or imported from InserJeunes for its partner lycées and CFA. Callers check who reads, and show
 * a {@link IndicatorValue#masked() masked} value only to those who run the campus.
 */
public interface CampusIndicators {

    /**
     * The value of each indicator the campus tracks for the year (every non-retired, non-optional indicator and the
     * optional ones its main académie chose), in the catalogue's order.
     */
    List<IndicatorValue> valuesOf(UUID campusId, int year);
}
