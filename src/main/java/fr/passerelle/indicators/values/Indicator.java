package fr.passerelle.indicators.values;

import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;

/** An indicator of the catalogue, as the values need it. */
record Indicator(String code, String name, Theme theme, String definition, String formula, Unit unit, IndicatorSource source,
                 Period period, int maskBelow, Breakdown breakdown) {

    /** Whether a value counted from {@code rows} rows is masked to those who do not run the campus. */
    boolean masks(long rows) {
        return maskBelow > 0 && rows < maskBelow;
    }

    /** What a masked value shows instead. */
    String maskedText() {
        return "< " + maskBelow + " réponses";
    }
}
