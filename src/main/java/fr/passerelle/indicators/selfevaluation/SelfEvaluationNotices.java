package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the next actor of a self-evaluation that it waits for them, in the platform and by e-mail (after the commit,
 * through {@link Notifications}): the academic referents of the campus's main académie when it is submitted, the
 * regional coordinators of its région when it is forwarded, its director when it is sent back or validated, and the
 * national administration when it is validated.
 */
@Component
class SelfEvaluationNotices {

    static final Notice.Category STEP = new Notice.Category("AUTO_EVALUATION_ETAPE", "Auto-évaluation du campus");

    private final SelfEvaluationRepository selfEvaluations;
    private final CampusRegistry registry;
    private final Accounts accounts;
    private final Notifications notifications;

    SelfEvaluationNotices(SelfEvaluationRepository selfEvaluations, CampusRegistry registry, Accounts accounts, Notifications notifications) {
        this.selfEvaluations = selfEvaluations;
        this.registry = registry;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(SelfEvaluationEvents.Submitted event) {
        About about = about(event.selfEvaluationId());
        send(referents(about.campus()), "Auto-évaluation " + about.year() + " à examiner : " + about.campus().name(),
                "La direction du campus « " + about.campus().name() + " » a déposé son auto-évaluation " + about.year()
                        + ". Examinez-la, puis transmettez-la à la région ou renvoyez-la à la direction avec vos remarques.", about);
    }

    @EventListener
    void on(SelfEvaluationEvents.Forwarded event) {
        About about = about(event.selfEvaluationId());
        send(coordinators(about.campus()), "Auto-évaluation " + about.year() + " à faire valider : " + about.campus().name(),
                "Le référent académique a transmis l’auto-évaluation " + about.year() + " du campus « " + about.campus().name()
                        + " ». Enregistrez la validation du comité stratégique régional, ou renvoyez-la à la direction.", about);
    }

    @EventListener
    void on(SelfEvaluationEvents.SentBack event) {
        About about = about(event.selfEvaluationId());
        String who = event.by() == SelfEvaluation.ReturnedBy.ACADEMY ? "Le référent académique" : "La coordination régionale";
        send(directors(about.campus()), "Auto-évaluation " + about.year() + " renvoyée : " + about.campus().name(),
                who + " vous renvoie l’auto-évaluation " + about.year() + " avec ce commentaire : « " + event.comment()
                        + " ». Reprenez-la et déposez-la de nouveau.", about);
    }

    @EventListener
    void on(SelfEvaluationEvents.Validated event) {
        About about = about(event.selfEvaluationId());
        send(directors(about.campus()), "Auto-évaluation " + about.year() + " validée : " + about.campus().name(),
                "Le comité stratégique régional a validé l’auto-évaluation " + about.year() + " du campus « " + about.campus().name() + " ».", about);
        send(ids(accounts.withRole(Role.NATIONAL_ADMIN).stream()), "Auto-évaluation " + about.year() + " validée à lire : " + about.campus().name(),
                "L’auto-évaluation " + about.year() + " du campus « " + about.campus().name() + " » est validée par le comité stratégique régional.", about);
    }

    private record About(CampusCard campus, int year, String link) {
    }

    private About about(UUID selfEvaluationId) {
        SelfEvaluation e = selfEvaluations.findById(selfEvaluationId).orElseThrow();
        CampusCard campus = registry.byId(e.campusId()).orElseThrow();
        return new About(campus, e.campaignYear(), "/gestion/campus/" + campus.id() + "/auto-evaluation/" + e.campaignYear());
    }

    private void send(Set<UUID> recipients, String subject, String body, About about) {
        if (!recipients.isEmpty() && !SelfEvaluationService.replaying()) {
            notifications.send(Notice.to(recipients, STEP, subject, body, about.link()));
        }
    }

    /** The academic referents of the campus's main académie, who review it. */
    Set<UUID> referents(CampusCard campus) {
        return ids(accounts.withRole(Role.ACADEMY_REFERENT).stream().filter(a -> campus.academyCode().equals(a.academyCode())));
    }

    /** The regional coordinators of the campus's région, who record the regional validation. */
    Set<UUID> coordinators(CampusCard campus) {
        return ids(accounts.withRole(Role.REGIONAL_COORDINATOR).stream().filter(a -> campus.regionCode().equals(a.regionCode())));
    }

    /** The campus's operational directors. */
    Set<UUID> directors(CampusCard campus) {
        return ids(accounts.withRole(Role.OPERATIONAL_DIRECTOR).stream().filter(a -> campus.id().equals(a.campusId())));
    }

    private static Set<UUID> ids(java.util.stream.Stream<Actor> actors) {
        return actors.map(Actor::accountId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
