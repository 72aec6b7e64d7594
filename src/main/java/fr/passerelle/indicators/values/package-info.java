/**
 * The yearly values of a campus's indicators: each computed and imported indicator of the catalogue as one SQL
 * aggregate ({@code Formulas}) over the views the other modules publish ({@code indicator_source_*}, V54 and V55), the
 * declared ones from the current declarations, masking of small numbers, the drill-down of each value to the rows it
 * counts ({@code DrillDowns}), and the campus dashboard ({@code /gestion/campus/{id}/indicateurs}). Other modules read
 * the values through {@link fr.passerelle.indicators.CampusIndicators}.
 */
package fr.passerelle.indicators.values;
