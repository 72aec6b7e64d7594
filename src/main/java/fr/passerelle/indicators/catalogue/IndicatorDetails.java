package fr.passerelle.indicators.catalogue;

import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;

/** What the national administration sets of an indicator, read from its form. */
record IndicatorDetails(String code, String name, Theme theme, String definition, String formula, Unit unit, Period period,
                        int maskBelow, boolean isPublic, boolean optional, Breakdown breakdown) {
}
