package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scheduled job claimed in PostgreSQL runs once per period, however many nodes (here threads) start it. */
@PasserelleIntegrationTest
class ClusterJobsTest {

    @Autowired
    ClusterJobs jobs;

    @Test
    void twoConcurrentRunsOfTheSamePeriodRunTheWorkOnce() throws Exception {
        String job = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> node = () -> {
            start.await();
            return jobs.runOnce(job, LocalDate.of(2030, 1, 1), () -> {
                runs.incrementAndGet();
                sleep(300);
            });
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = List.of(pool.submit(node), pool.submit(node));
            start.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(runs).hasValue(1);

        // Another period runs again.
        assertThat(jobs.runOnce(job, LocalDate.of(2030, 1, 2), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedRunCanBeRetriedForTheSamePeriod() {
        String job = "test-" + UUID.randomUUID();
        assertThatThrownBy(() -> jobs.runOnce(job, "2030-S1", () -> {
            throw new IllegalStateException("panne");
        })).hasMessage("panne");
        AtomicInteger runs = new AtomicInteger();
        assertThat(jobs.runOnce(job, "2030-S1", runs::incrementAndGet)).isTrue();
        assertThat(jobs.runOnce(job, "2030-S1", runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
