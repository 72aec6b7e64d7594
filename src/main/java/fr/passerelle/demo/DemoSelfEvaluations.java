package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.ActionPlans;
import fr.passerelle.governance.ActionSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The self-evaluation campaigns of the demo, years taken from the clock: last year's, replayed at its dates and closed,
 * with several campuses validated (and read nationally) and the rest left as they stood; this year's open, with the
 * campuses of the demo région at each step — the director's own campus in draft, one submitted to the academic
 * referent, one at the région, one sent back once, one validated and still to be read.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoSelfEvaluations {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SelfEvaluations selfEvaluations;
    private final CampusRegistry registry;
    private final ActionPlans actionPlans;
    private final Accounts accounts;
    private final Clock clock;

    DemoSelfEvaluations(SelfEvaluations selfEvaluations, CampusRegistry registry, ActionPlans actionPlans, Accounts accounts, Clock clock) {
        this.selfEvaluations = selfEvaluations;
        this.registry = registry;
        this.actionPlans = actionPlans;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load() {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        int thisYear = LocalDate.now(clock).getYear();
        lastYear(admin, thisYear - 1);
        thisYear(admin, thisYear);
    }

    /** Last year's campaign: opened in February, validated by June, closed in September — every act at its date. */
    private void lastYear(Actor admin, int year) {
        at(LocalDate.of(year, 2, 1), () -> selfEvaluations.openCampaign(admin, year,
                new SelfEvaluations.Deadlines(LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 31), LocalDate.of(year, 6, 30))));
        List<CampusCard> campuses = registry.all();
        int validated = 0;
        for (CampusCard campus : campuses) {
            if (validated == 8) {
                break;
            }
            if (!hasSelfEvaluation(campus, year)) {
                continue;
            }
            int rating = 2 + validated % 3;
            at(LocalDate.of(year, 4, 10), () -> selfEvaluations.draft(director(campus), campus.id(), year, selfEvaluations.version(campus.id(), year),
                    written(rating, List.of())));
            at(LocalDate.of(year, 4, 20), () -> selfEvaluations.submit(director(campus), campus.id(), year, selfEvaluations.version(campus.id(), year)));
            at(LocalDate.of(year, 5, 15), () -> selfEvaluations.forward(referent(campus), campus.id(), year, selfEvaluations.version(campus.id(), year),
                    "Auto-évaluation argumentée, cohérente avec le plan d’actions."));
            at(LocalDate.of(year, 6, 20), () -> selfEvaluations.validate(coordinator(campus), campus.id(), year, selfEvaluations.version(campus.id(), year),
                    LocalDate.of(year, 6, 18), "Validée par le comité stratégique régional."));
            at(LocalDate.of(year, 7, 3), () -> selfEvaluations.markRead(admin, campus.id(), year, selfEvaluations.version(campus.id(), year)));
            validated++;
        }
        at(LocalDate.of(year, 9, 1), () -> selfEvaluations.closeCampaign(admin, year));
    }

    /** This year's campaign, open: the demo région's campuses at each step. */
    private void thisYear(Actor admin, int year) {
        LocalDate today = LocalDate.now(clock);
        selfEvaluations.openCampaign(admin, year, new SelfEvaluations.Deadlines(today.plusDays(30), today.plusDays(60), today.plusDays(90)));
        UUID directed = accounts.byUsername("direction").orElseThrow().campusId();
        List<CampusCard> region = registry.all().stream().filter(c -> c.regionCode().equals(DemoData.DEMO_REGION)).filter(c -> !c.id().equals(directed))
                .filter(c -> hasSelfEvaluation(c, year)).toList();
        // The director's own campus: a draft begun, two themes still to rate.
        CampusCard own = registry.byId(directed).orElseThrow();
        if (hasSelfEvaluation(own, year)) {
            List<SelfEvaluations.ThemeAssessment> begun = new ArrayList<>(written(3, actionsOf(own, year)));
            begun.replaceAll(t -> t.theme() == Theme.CULTURE_MOBILITY || t.theme() == Theme.PATHWAYS
                    ? new SelfEvaluations.ThemeAssessment(t.theme(), null, null, null, null, Set.of()) : t);
            selfEvaluations.draft(director(own), own.id(), year, selfEvaluations.version(own.id(), year), begun);
        }
        for (int i = 0; i < region.size() && i < 4; i++) {
            CampusCard campus = region.get(i);
            selfEvaluations.draft(director(campus), campus.id(), year, selfEvaluations.version(campus.id(), year), written(2 + i % 3, actionsOf(campus, year)));
            selfEvaluations.submit(director(campus), campus.id(), year, selfEvaluations.version(campus.id(), year));
            switch (i) {
                case 0 -> { } // at the académie
                case 1 -> selfEvaluations.forward(referent(campus), campus.id(), year, selfEvaluations.version(campus.id(), year),
                        "Transmise au comité stratégique régional.");
                case 2 -> selfEvaluations.sendBack(referent(campus), campus.id(), year, selfEvaluations.version(campus.id(), year),
                        "Précisez les axes de progrès de la thématique « Culture et mobilité » et rattachez-y des actions du plan.");
                default -> {
                    selfEvaluations.forward(referent(campus), campus.id(), year, selfEvaluations.version(campus.id(), year), null);
                    selfEvaluations.validate(coordinator(campus), campus.id(), year, selfEvaluations.version(campus.id(), year), today, null);
                }
            }
        }
    }

    private boolean hasSelfEvaluation(CampusCard campus, int year) {
        try {
            selfEvaluations.version(campus.id(), year);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<UUID> actionsOf(CampusCard campus, int year) {
        return actionPlans.actionsOf(campus.id(), year, year).stream().map(ActionSummary::id).toList();
    }

    /** Each theme rated, with generic texts; the campus's actions spread over the themes. */
    private static List<SelfEvaluations.ThemeAssessment> written(int rating, List<UUID> actions) {
        List<SelfEvaluations.ThemeAssessment> themes = new ArrayList<>();
        Theme[] all = Theme.values();
        for (int i = 0; i < all.length; i++) {
            Theme theme = all[i];
            Set<UUID> planned = i < actions.size() ? Set.of(actions.get(i)) : Set.of();
            themes.add(new SelfEvaluations.ThemeAssessment(theme, Math.min(4, rating + (i % 2)),
                    "Démarche engagée avec les partenaires du campus ; résultats suivis en comité de pilotage.",
                    "Associer davantage d’entreprises et mesurer les effets des actions sur les publics touchés.",
                    "Poursuivre les actions du plan et en rendre compte au comité de pilotage.", planned));
        }
        return themes;
    }

    private static Actor director(CampusCard campus) {
        return new Actor(UUID.randomUUID(), "direction-demo", "Direction opérationnelle — " + campus.name(), Role.OPERATIONAL_DIRECTOR, null, null,
                campus.id(), null, null);
    }

    private static Actor referent(CampusCard campus) {
        return new Actor(UUID.randomUUID(), "referent-demo", "Référence académique — " + campus.academyName(), Role.ACADEMY_REFERENT, null,
                campus.academyCode(), null, null, null);
    }

    private static Actor coordinator(CampusCard campus) {
        return new Actor(UUID.randomUUID(), "coordination-demo", "Coordination de région académique — " + campus.regionName(),
                Role.REGIONAL_COORDINATOR, campus.regionCode(), null, null, null, null);
    }

    private void at(LocalDate day, Runnable acts) {
        Clock then = Clock.fixed(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS);
        selfEvaluations.replayedAt(then, () -> {
            acts.run();
            return null;
        });
    }
}
