package fr.passerelle.campus;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from PostgreSQL when the platform starts, so that the index always matches the
 * system of record, whatever happened to it while the platform was down. Later changes are indexed as they are
 * committed.
 */
@Component
class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexing(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reindex() throws InterruptedException {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(Campus.class).massIndexer().threadsToLoadObjects(2).startAndWait();
        log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
