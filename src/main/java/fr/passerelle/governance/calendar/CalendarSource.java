package fr.passerelle.governance.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Something that puts items on a campus's calendar. Governance contributes meetings; other modules (the action
 * plan) implement this interface as a Spring bean to add theirs. The calendar filters items by audience.
 */
public interface CalendarSource {

    /** The items of the campus that overlap the days {@code from} to {@code to}, both inclusive. */
    List<CalendarItem> items(UUID campusId, LocalDate from, LocalDate to);
}
