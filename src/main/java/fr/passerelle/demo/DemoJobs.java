package fr.passerelle.demo;

import org.springframework.stereotype.Component;

/**
 * The job platform of the demo, after the clusters (its recruiters are their members' people): the candidates and
 * their profiles.
 */
@Component
class DemoJobs {

    private final DemoCandidates candidates;

    DemoJobs(DemoCandidates candidates) {
        this.candidates = candidates;
    }

    void load() {
        candidates.load();
    }
}
