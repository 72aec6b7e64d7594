/**
 * The yearly values of a campus's indicators: each computed and imported indicator of the catalogue as one SQL
 * aggregate ({@code Formulas}) over the views the other modules publish ({@code indicator_source_*}, V54 and V55), the
 * declared ones from the current declarations, masking of small numbers, the drill-down of each value to the rows it
 * counts ({@code DrillDowns}), and the campus dashboard ({@code /gestion/campus/{id}/indicateurs}). The same SQL
 * evaluates every campus at once to keep each campus's yearly figures as facts ({@code IndicatorFacts}, table
 * {@code indicator_fact}: the last two years recomputed every minute, every year each night, a declared value at once,
 * all on demand of the national administration); {@code ScopeConsolidation} consolidates those facts over the campuses
 * of an académie, a région or the nation (sum of counts, mean of rates), for the dashboards of each level
 * ({@code /gestion/tableaux-de-bord…}, {@code ScopeDashboards}, rules in {@code ConsolidationPermissions}) and the
 * campus's comparison with its région and the nation. Other modules read the values through
 * {@link fr.passerelle.indicators.CampusIndicators} and the consolidations through
 * {@link fr.passerelle.indicators.ConsolidatedIndicators}.
 */
package fr.passerelle.indicators.values;
