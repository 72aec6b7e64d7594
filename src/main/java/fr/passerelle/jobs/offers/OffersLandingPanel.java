package fr.passerelle.jobs.offers;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the landing page of a member company's recruiter and of a cluster's staff: their offers in a line (published,
 * expiring within a week, drafts), the link to the list and, for those who may post, to a new offer.
 */
@Component
class OffersLandingPanel implements LandingPanel {

    private final OfferQueries queries;
    private final JobOfferService service;

    OffersLandingPanel(OfferQueries queries, JobOfferService service) {
        this.queries = queries;
        this.service = service;
    }

    @Override
    public int order() {
        return 38;
    }

    record Data(OfferQueries.Counts counts, boolean mayPost) {
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        if (actor.role() != Role.COMPANY_RECRUITER && actor.role() != Role.CLUSTER_STAFF || !OfferPermissions.hasOffers(actor)) {
            return Optional.empty();
        }
        boolean mayPost = !service.companiesFor(actor).isEmpty();
        if (actor.role() == Role.COMPANY_RECRUITER && !mayPost) {
            return Optional.empty();
        }
        return Optional.of(new Panel("jobs/offers/landing-panel", new Data(queries.counts(actor, service.today()), mayPost)));
    }
}
