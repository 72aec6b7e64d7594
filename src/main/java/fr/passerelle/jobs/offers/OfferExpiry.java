package fr.passerelle.jobs.offers;

import fr.passerelle.platform.ClusterJobs;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: expires the published offers whose date has passed and reminds the recruiters of those expiring in
 * a week or tomorrow — each offer once per day across the nodes, each reminder once per expiry date.
 */
@Component
class OfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);

    private final JobOfferService service;
    private final ClusterJobs jobs;
    private final Clock clock;

    OfferExpiry(JobOfferService service, ClusterJobs jobs, Clock clock) {
        this.service = service;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${passerelle.jobs.offer-expiry-cron:0 15 6 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        runFor(LocalDate.now(clock.withZone(Times.current().zone())));
    }

    /** Handles the offers due on {@code day}; how many this node handled. */
    int runFor(LocalDate day) {
        int handled = 0;
        for (UUID offer : service.dueOn(day)) {
            if (jobs.runOnce("job-offer-expiry-" + offer, day, () -> log.debug("Offer {} on {}: {}", offer, day, service.handle(offer, day)))) {
                handled++;
            }
        }
        return handled;
    }
}
