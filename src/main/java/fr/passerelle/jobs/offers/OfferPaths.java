package fr.passerelle.jobs.offers;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The job board, its offers, its feed and its API are open to anyone; the offers' back office needs a login. */
@Component
class OfferPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/offres", "/offres/**");
    }

    @Override
    public List<String> openForReading() {
        return List.of("/api/v1/job-offers", "/api/v1/job-offers/**");
    }
}
