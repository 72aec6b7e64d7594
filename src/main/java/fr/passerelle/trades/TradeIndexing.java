package fr.passerelle.trades;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rebuilds the trade and job-title indexes from PostgreSQL when the platform starts (as the campus index, ADR 0002)
 * and when another release of ROME becomes the current one, once that change is committed. The indexed entities are
 * views of the current release, never written, so nothing else changes them.
 */
@Component
class TradeIndexing {

    private static final Logger log = LoggerFactory.getLogger(TradeIndexing.class);

    private final EntityManagerFactory entityManagerFactory;

    TradeIndexing(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Whether the index was rebuilt since the platform started (by an import at start-up, which makes its release current). */
    private volatile boolean rebuilt;

    @EventListener(ApplicationReadyEvent.class)
    void atStart() throws InterruptedException {
        if (!rebuilt) {
            rebuild();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void releaseMadeCurrent(RomeReleaseMadeCurrent event) throws InterruptedException {
        log.info("ROME release {} is now current: rebuilding the trade index", event.version());
        rebuild();
    }

    synchronized void rebuild() throws InterruptedException {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(List.of(IndexedTrade.class, IndexedJobTitle.class))
                .massIndexer().threadsToLoadObjects(1).batchSizeToLoadObjects(200).startAndWait();
        rebuilt = true;
        log.info("Trade index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
