package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-evaluations waiting for the actor, on the landing page: the director's own while in their hands, those to
 * review for the academic referent, to validate for the regional coordinator, to read for the national administration.
 * Counted and listed in SQL; each links to the self-evaluation's page, which all of them may open. The national
 * administration always has the panel, which leads to the campaigns.
 */
@Component
class SelfEvaluationPanel implements LandingPanel {

    static final int LISTED = 5;

    private final SelfEvaluationQueries queries;

    SelfEvaluationPanel(SelfEvaluationQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 25;
    }

    record Data(String title, String empty, SelfEvaluationQueries.WaitingList waiting) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Panel> panel(Actor actor) {
        SelfEvaluationQueries.WaitingList waiting = queries.waitingFor(actor, LISTED);
        // The national administration always finds the campaigns here, to open the year's; the others when something waits for them.
        if (waiting == null || waiting.count() == 0 && !actor.isNationalAdmin()) {
            return Optional.empty();
        }
        String title = switch (actor.role()) {
            case OPERATIONAL_DIRECTOR -> "Auto-évaluation à rédiger et déposer";
            case ACADEMY_REFERENT -> "Auto-évaluations à examiner";
            case REGIONAL_COORDINATOR -> "Auto-évaluations à faire valider par le comité stratégique régional";
            default -> "Auto-évaluations validées à lire";
        };
        return Optional.of(new Panel("indicators/self-evaluation-panel", new Data(title, "Rien en attente.", waiting)));
    }
}
