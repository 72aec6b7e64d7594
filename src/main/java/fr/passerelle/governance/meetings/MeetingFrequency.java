package fr.passerelle.governance.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How often a body meets against how often it should: for each year from its first to the current one, the meetings
 * held or planned (cancelled ones left out) and the number expected. Plain rule.
 */
final class MeetingFrequency {

    private MeetingFrequency() {
    }

    record Year(int year, int meetings, int expected) {

        /** Fewer meetings that year than the body should hold. */
        public boolean belowExpected() {
            return meetings < expected;
        }
    }

    /** Every year from {@code firstYear} to {@code currentYear}; none when no frequency is expected. */
    static List<Year> byYear(Integer expectedPerYear, Collection<LocalDate> meetingDays, int firstYear, int currentYear) {
        List<Year> years = new ArrayList<>();
        if (expectedPerYear == null) {
            return years;
        }
        int from = meetingDays.stream().mapToInt(LocalDate::getYear).min().orElse(firstYear);
        for (int year = Math.min(from, firstYear); year <= currentYear; year++) {
            int y = year;
            years.add(new Year(year, (int) meetingDays.stream().filter(d -> d.getYear() == y).count(), expectedPerYear));
        }
        return years;
    }
}
