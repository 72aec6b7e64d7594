package fr.passerelle.demo;

import org.springframework.stereotype.Component;

/**
 * The job platform of the demo, after the clusters (its recruiters are their members' people): the offers of member
 * companies, then the candidates and their profiles.
 */
@Component
class DemoJobs {

    private final DemoJobOffers offers;
    private final DemoCandidates candidates;

    DemoJobs(DemoJobOffers offers, DemoCandidates candidates) {
        this.offers = offers;
        this.candidates = candidates;
    }

    void load() {
        offers.load();
        candidates.load();
    }
}
