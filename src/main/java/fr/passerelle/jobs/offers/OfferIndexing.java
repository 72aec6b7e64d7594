package fr.passerelle.jobs.offers;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the board's index from PostgreSQL when the platform starts (as the campus and trade indexes, ADR 0002);
 * afterwards each offer written through JPA is indexed when its transaction commits.
 */
@Component
class OfferIndexing {

    private static final Logger log = LoggerFactory.getLogger(OfferIndexing.class);

    private final EntityManagerFactory entityManagerFactory;

    OfferIndexing(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() throws InterruptedException {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(JobOffer.class).massIndexer().threadsToLoadObjects(1).batchSizeToLoadObjects(200).startAndWait();
        log.info("Job offer index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
