package fr.passerelle.notifications;

import fr.passerelle.identity.CurrentActor;
import java.util.UUID;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell of the page header: the unread count of the logged-in person. Counted only when a page shows it (one
 * indexed count), never for anonymous visitors.
 */
@ControllerAdvice
class NotificationBadgeAdvice {

    private final Notifications notifications;
    private final CurrentActor currentActor;

    NotificationBadgeAdvice(Notifications notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.currentActor = currentActor;
    }

    @ModelAttribute("notificationBadge")
    Badge badge() {
        return currentActor.get().map(actor -> new Badge(notifications, actor.accountId())).orElse(null);
    }

    /** The unread count, asked of the database the first time the page reads it. */
    static final class Badge {
        private final Notifications notifications;
        private final UUID accountId;
        private Long unread;

        Badge(Notifications notifications, UUID accountId) {
            this.notifications = notifications;
            this.accountId = accountId;
        }

        public long unread() {
            if (unread == null) {
                unread = notifications.unreadCount(accountId);
            }
            return unread;
        }

        /** The accessible name of the bell, e.g. "Notifications, 3 non lues". */
        public String label() {
            long count = unread();
            return count == 0 ? "Notifications, aucune non lue"
                    : count == 1 ? "Notifications, 1 non lue" : "Notifications, " + count + " non lues";
        }
    }
}
