package fr.passerelle.indicators.review;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the next actor of an annual review that it waits for them, in the platform and by e-mail (after the commit,
 * through {@link Notifications}): the academic referents of the campus's main académie when it is submitted, its
 * directors when it is sent back or acknowledged.
 */
@Component
class AnnualReviewNotices {

    static final Notice.Category STEP = new Notice.Category("BILAN_ANNUEL_ETAPE", "Bilan annuel des actions");

    private final AnnualReviewRepository reviews;
    private final CampusRegistry registry;
    private final Accounts accounts;
    private final Notifications notifications;

    AnnualReviewNotices(AnnualReviewRepository reviews, CampusRegistry registry, Accounts accounts, Notifications notifications) {
        this.reviews = reviews;
        this.registry = registry;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(AnnualReviewEvents.Submitted event) {
        About about = about(event.annualReviewId());
        send(referents(about.campus()), "Bilan annuel " + about.year() + " à prendre en compte : " + about.campus().name(),
                "La direction du campus « " + about.campus().name() + " » a " + (event.again() ? "de nouveau " : "") + "déposé son bilan annuel des actions "
                        + about.year() + ". Prenez-le en compte avec votre commentaire, ou renvoyez-le à la direction en disant pourquoi.", about);
    }

    @EventListener
    void on(AnnualReviewEvents.SentBack event) {
        About about = about(event.annualReviewId());
        send(directors(about.campus()), "Bilan annuel " + about.year() + " renvoyé : " + about.campus().name(),
                "Le référent académique vous renvoie le bilan annuel des actions " + about.year() + " avec ce motif : « " + event.reason()
                        + " ». Reprenez-le et déposez-le de nouveau.", about);
    }

    @EventListener
    void on(AnnualReviewEvents.Acknowledged event) {
        About about = about(event.annualReviewId());
        send(directors(about.campus()), "Bilan annuel " + about.year() + " pris en compte : " + about.campus().name(),
                "Le référent académique a pris en compte le bilan annuel des actions " + about.year() + " du campus « " + about.campus().name()
                        + " » avec ce commentaire : « " + event.comment() + " ».", about);
    }

    private record About(CampusCard campus, int year, String link) {
    }

    private About about(UUID reviewId) {
        AnnualReview review = reviews.findById(reviewId).orElseThrow();
        CampusCard campus = registry.byId(review.campusId()).orElseThrow();
        return new About(campus, review.year(), AnnualReviewController.path(campus.id(), review.year()));
    }

    private void send(Set<UUID> recipients, String subject, String body, About about) {
        if (!recipients.isEmpty() && !AnnualReviewService.replaying()) {
            notifications.send(Notice.to(recipients, STEP, subject, body, about.link()));
        }
    }

    /** The academic referents of the campus's main académie, who acknowledge its reviews. */
    Set<UUID> referents(CampusCard campus) {
        return ids(accounts.withRole(Role.ACADEMY_REFERENT).stream().filter(a -> campus.academyCode().equals(a.academyCode())));
    }

    /** The campus's operational directors. */
    Set<UUID> directors(CampusCard campus) {
        return ids(accounts.withRole(Role.OPERATIONAL_DIRECTOR).stream().filter(a -> campus.id().equals(a.campusId())));
    }

    private static Set<UUID> ids(java.util.stream.Stream<Actor> actors) {
        return actors.map(Actor::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
