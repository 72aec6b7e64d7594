package fr.passerelle.indicators;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The value of one indicator for one campus and year, as computed from the platform, declared or imported.
 *
 * @param value     null when there is nothing to count from (no meeting whose attendance was taken, a blank source, no
 *                  declaration)
 * @param masked    whether the value is counted from fewer rows than the indicator's {@code mask_below}: those who do
 *                  not run the campus must be shown « moins de N réponses » instead
 * @param rows      how many rows the value counts (meetings, answers, actions, establishments, declarations…)
 * @param breakdown the detail of the value by key of the indicator's {@link Breakdown} (a route, an audience, a cause, a
 *                  UAI…), in a stable order; empty when it has none
 */
public record IndicatorValue(String code, int year, BigDecimal value, boolean masked, long rows, Map<String, BigDecimal> breakdown) {

    public IndicatorValue {
        breakdown = breakdown == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
    }
}
