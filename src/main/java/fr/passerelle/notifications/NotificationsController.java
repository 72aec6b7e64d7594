package fr.passerelle.notifications;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications of the logged-in person, and how they are e-mailed. Nobody sees anyone else's. */
@Controller
class NotificationsController {

    static final int PAGE = 20;
    static final int MAX = 500;

    private final Notifications notifications;
    private final NotificationMail mail;
    private final CurrentActor currentActor;

    NotificationsController(Notifications notifications, NotificationMail mail, CurrentActor currentActor) {
        this.notifications = notifications;
        this.mail = mail;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/notifications")
    String list(@RequestParam(name = "limite", defaultValue = "" + PAGE) int limit, Model model) {
        Actor actor = currentActor.require();
        int shown = Math.max(PAGE, Math.min(limit, MAX));
        long total = notifications.count(actor.accountId());
        model.addAttribute("notifications", notifications.inbox(actor.accountId(), shown));
        model.addAttribute("total", total);
        model.addAttribute("unread", notifications.unreadCount(actor.accountId()));
        model.addAttribute("more", total > shown && shown < MAX ? shown + PAGE : null);
        model.addAttribute("dailyDigest", notifications.dailyDigest(actor.accountId()));
        model.addAttribute("mailConfigured", mail.configured());
        return "notifications/list";
    }

    /** Opening a notification marks it read and leads to the page it is about. */
    @GetMapping("/gestion/notifications/{id}")
    String open(@PathVariable UUID id) {
        Notification notification = notifications.open(currentActor.require().accountId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + notification.target();
    }

    @PostMapping("/gestion/notifications/tout-lu")
    String markAllRead(RedirectAttributes redirect) {
        int marked = notifications.markAllRead(currentActor.require().accountId());
        redirect.addFlashAttribute("success", marked == 0 ? "Aucune notification n’était non lue."
                : marked == 1 ? "1 notification a été marquée comme lue." : marked + " notifications ont été marquées comme lues.");
        return "redirect:/gestion/notifications";
    }

    @PostMapping("/gestion/notifications/preference")
    String preference(@RequestParam(name = "dailyDigest", defaultValue = "false") boolean dailyDigest, RedirectAttributes redirect) {
        notifications.chooseDailyDigest(currentActor.require().accountId(), dailyDigest);
        redirect.addFlashAttribute("success", dailyDigest
                ? "Préférence enregistrée : vous recevrez un récapitulatif quotidien de vos notifications par e-mail."
                : "Préférence enregistrée : vous recevrez un e-mail à chaque notification.");
        return "redirect:/gestion/notifications";
    }
}
