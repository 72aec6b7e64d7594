package fr.passerelle.indicators;

/**
 * An indicator of the catalogue as other parts of the platform read it. {@code maskBelow}: a value counted from fewer
 * rows (answers, learners, members) is masked outside the campus; {@code isPublic}: whether its values may be shown to
 * the public and in open data; {@code optional}: tracked only by the campuses of the académies that chose it;
 * {@code breakdown}: how a value is detailed, null when it is not; {@code shipped}: one of the platform's own indicators
 * (its code, source and formula never change), else added by the national administration (always declared);
 * {@code retired}: no longer tracked, kept for the values already recorded.
 */
public record IndicatorDefinition(String code, String name, Theme theme, String definition, String formula, Unit unit,
                                  IndicatorSource source, Period period, int maskBelow, boolean isPublic, boolean optional,
                                  Breakdown breakdown, boolean shipped, boolean retired) {

    /** Whether the campus's operational director enters its values. */
    public boolean declared() {
        return source == IndicatorSource.DECLARED;
    }
}
