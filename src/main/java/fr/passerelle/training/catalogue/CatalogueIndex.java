package fr.passerelle.training.catalogue;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Rebuilds the search index of the catalogue from PostgreSQL, the system of record. */
@Component
class CatalogueIndex {

    private static final Logger log = LoggerFactory.getLogger(CatalogueIndex.class);

    private final EntityManagerFactory entityManagerFactory;

    CatalogueIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    void rebuild() {
        long start = System.nanoTime();
        try {
            Search.mapping(entityManagerFactory).scope(CatalogueTrainingDocument.class).massIndexer().threadsToLoadObjects(2).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        log.info("Training catalogue index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
