package fr.passerelle.indicators.review;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual reviews on the landing page: for an operational director, their campus's review of last year while it is
 * in their hands, with its due date; for an academic referent, the submitted reviews of their académie's campuses to
 * acknowledge, and the list of the académie's reviews; for the national administration, the list of every review.
 * Each link opens a page its reader may open ({@link AnnualReviewPermissions}).
 */
@Component
class AnnualReviewPanel implements LandingPanel {

    static final int LISTED = 5;

    private final AnnualReviewService service;
    private final AnnualReviewQueries queries;
    private final Clock clock;

    AnnualReviewPanel(AnnualReviewService service, AnnualReviewQueries queries, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 26;
    }

    /** @param own the director's review of last year, while in their hands; {@code listPath} the académie's list, or null */
    record Data(String title, AnnualReviewService.YearRow own, String ownPath, AnnualReviewQueries.WaitingList waiting, String listPath) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Panel> panel(Actor actor) {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        if (actor.is(Role.OPERATIONAL_DIRECTOR) && actor.campusId() != null) {
            List<AnnualReviewService.YearRow> years = service.years(actor, actor.campusId());
            var own = years.stream().filter(y -> y.year() == lastYear && y.status().inDirectorsHands()).findFirst().orElse(null);
            if (own == null) {
                return Optional.empty();
            }
            return Optional.of(new Panel("indicators/annual-review-panel", new Data("Bilan annuel des actions " + lastYear + " à déposer", own,
                    AnnualReviewController.path(actor.campusId(), lastYear), null, null)));
        }
        if (actor.is(Role.ACADEMY_REFERENT) && actor.academyCode() != null) {
            return Optional.of(new Panel("indicators/annual-review-panel", new Data("Bilans annuels à prendre en compte", null, null,
                    queries.toAcknowledge(actor, LISTED), "/gestion/bilans-annuels?annee=" + lastYear)));
        }
        if (actor.isNationalAdmin()) {
            return Optional.of(new Panel("indicators/annual-review-panel", new Data("Bilans annuels des actions", null, null, null,
                    "/gestion/bilans-annuels?annee=" + lastYear)));
        }
        return Optional.empty();
    }
}
