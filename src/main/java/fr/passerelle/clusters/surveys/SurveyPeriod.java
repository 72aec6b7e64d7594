package fr.passerelle.clusters.surveys;

import java.time.LocalDate;

/**
 * The period a campaign covers, labelled from its opening date after the periodicity of its kind: « T3 2026 » for a
 * quarter, « S2 2026 » for a half-year, « 2026 » for a year. Campaigns of the same kind of a cluster sort by it.
 */
record SurveyPeriod(String label, int year, int index) implements Comparable<SurveyPeriod> {

    static SurveyPeriod of(SurveyKind.Periodicity periodicity, LocalDate opensOn) {
        int year = opensOn.getYear();
        return switch (periodicity) {
            case QUARTER -> {
                int quarter = (opensOn.getMonthValue() - 1) / 3 + 1;
                yield new SurveyPeriod("T" + quarter + " " + year, year, quarter);
            }
            case HALF -> {
                int half = opensOn.getMonthValue() <= 6 ? 1 : 2;
                yield new SurveyPeriod("S" + half + " " + year, year, half);
            }
            case YEAR -> new SurveyPeriod(Integer.toString(year), year, 1);
        };
    }

    @Override
    public int compareTo(SurveyPeriod other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(index, other.index);
    }
}
