package fr.passerelle.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** One stored notification of one account, as its list shows it. */
record Notification(UUID id, UUID accountId, String category, String categoryLabel, String subject, String body,
                    String link, Instant createdAt, Instant readAt, Instant emailedAt) {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Europe/Paris"));

    public boolean unread() {
        return readAt == null;
    }

    /** When it was sent, in Paris time, for people. */
    public String when() {
        return FORMAT.format(createdAt);
    }

    /** Where opening it leads: its link, or the list when it has none. */
    public String target() {
        return link == null ? "/gestion/notifications" : link;
    }
}
