package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.ActionPlans;
import fr.passerelle.governance.ActionSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.indicators.AnnualReviews;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The annual reviews of the demo, on the director's campus: last year's commented, submitted and acknowledged by the
 * academic referent (replayed three and two weeks ago, its figures frozen then), and this year's begun in draft, its
 * overall commentary and a first section written.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoAnnualReviews {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final AnnualReviews reviews;
    private final CampusRegistry registry;
    private final ActionPlans actionPlans;
    private final Accounts accounts;
    private final Clock clock;

    DemoAnnualReviews(AnnualReviews reviews, CampusRegistry registry, ActionPlans actionPlans, Accounts accounts, Clock clock) {
        this.reviews = reviews;
        this.registry = registry;
        this.actionPlans = actionPlans;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load() {
        CampusCard campus = registry.byId(accounts.byUsername("direction").orElseThrow().campusId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        int lastYear = today.getYear() - 1;
        Actor director = director(campus);

        Map<String, String> last = new LinkedHashMap<>();
        last.put(AnnualReviews.Section.OVERALL.name(), "Une année de consolidation du réseau : toutes les actions prévues ont été menées avec "
                + "les partenaires du campus, et le nombre de jeunes touchés progresse. Le comité de pilotage a suivi le plan à chaque réunion.");
        last.put(AnnualReviews.Section.ACTIONS.name(), "Le forum des métiers reste l’action qui touche le plus de jeunes ; les visites "
                + "d’entreprises sont à étendre aux collèges.");
        last.put(AnnualReviews.Section.INDICATORS.name(), "La participation aux comités progresse ; la satisfaction des membres reste à mesurer "
                + "plus largement.");
        List<ActionSummary> lastActions = actionPlans.actionsOf(campus.id(), lastYear, lastYear);
        if (!lastActions.isEmpty()) {
            last.put(AnnualReviews.actionSection(lastActions.get(0).id()), "Action reconduite l’an prochain, avec davantage d’entreprises.");
        }
        at(today.minusDays(21), () -> reviews.draft(director, campus.id(), lastYear, reviews.version(campus.id(), lastYear), last));
        at(today.minusDays(20), () -> reviews.submit(director, campus.id(), lastYear, reviews.version(campus.id(), lastYear)));
        at(today.minusDays(14), () -> reviews.acknowledge(referent(campus), campus.id(), lastYear, reviews.version(campus.id(), lastYear),
                "Bilan complet et argumenté ; il sera présenté au comité stratégique régional."));

        int thisYear = today.getYear();
        Map<String, String> begun = new LinkedHashMap<>();
        begun.put(AnnualReviews.Section.OVERALL.name(), "Bilan en cours de rédaction : les actions du second semestre sont encore en cours.");
        begun.put(AnnualReviews.Section.BUDGET.name(), "Le budget est exécuté conformément au prévisionnel à ce stade de l’année.");
        reviews.draft(director, campus.id(), thisYear, reviews.version(campus.id(), thisYear), begun);
    }

    private static Actor director(CampusCard campus) {
        return new Actor(UUID.randomUUID(), "direction-demo", "Direction opérationnelle — " + campus.name(), Role.OPERATIONAL_DIRECTOR, null, null,
                campus.id(), null, null);
    }

    private static Actor referent(CampusCard campus) {
        return new Actor(UUID.randomUUID(), "referent-demo", "Référence académique — " + campus.academyName(), Role.ACADEMY_REFERENT, null,
                campus.academyCode(), null, null, null);
    }

    private void at(LocalDate day, Runnable acts) {
        Clock then = Clock.fixed(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS);
        reviews.replayedAt(then, () -> {
            acts.run();
            return null;
        });
    }
}
