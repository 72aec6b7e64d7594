package fr.passerelle.notifications;

import java.time.Instant;
import fr.passerelle.platform.Times;
import java.util.UUID;

/** One stored notification of one account, as its list shows it. */
record Notification(UUID id, UUID accountId, String category, String categoryLabel, String subject, String body,
                    String link, Instant createdAt, Instant readAt, Instant emailedAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** When it was sent, in Paris time, for people. */
    public String when() {
        return Times.current().dateTime(createdAt);
    }

    /** Where opening it leads: its link, or the list when it has none. */
    public String target() {
        return link == null ? "/gestion/notifications" : link;
    }
}
