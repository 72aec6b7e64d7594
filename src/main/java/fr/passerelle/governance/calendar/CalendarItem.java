package fr.passerelle.governance.calendar;

import fr.passerelle.governance.Visibility;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One dated item of a campus's calendar: a meeting, an action of the action plan, an event. Times are local to the
 * campus (Europe/Paris); {@code allDay} items span whole days from {@code start} to {@code end}, both inclusive.
 *
 * @param uid    stable identifier, unique across sources, used as the iCal UID
 * @param kind   what the item is, for people ("Réunion", "Action")
 * @param bodyId the governing body the item belongs to, if any (for body-only visibility)
 * @param path   the page of the item for those who may open it, or null
 */
public record CalendarItem(String uid, String kind, String title, LocalDateTime start, LocalDateTime end, boolean allDay,
                           String place, String description, Visibility visibility, UUID bodyId, String path) {
}
