package fr.passerelle.platform;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled jobs that stay safe when several nodes run them: for one job and one period (a day, a month…), the
 * first node to insert the row {@code scheduled_job_run(job, period)} runs the work, every other node skips it.
 * The claim is committed before the work starts, in its own transaction. When the work fails, the claim is
 * removed so that a later run of the same period can try again.
 */
@Component
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String node;

    ClusterJobs(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** Runs {@code work} for the day {@code period} unless a node (this one included) already ran it; true if it ran here. */
    public boolean runOnce(String job, LocalDate period, Runnable work) {
        return runOnce(job, period.toString(), work);
    }

    /** Runs {@code work} for {@code period} (any label: {@code 2026-05}, {@code 2026-S1}…) unless it already ran; true if it ran here. */
    public boolean runOnce(String job, String period, Runnable work) {
        Integer claimed = ownTransaction.execute(status -> jdbc.sql("""
                        insert into scheduled_job_run (job, period, node, started_at) values (?, ?, ?, ?)
                        on conflict (job, period) do nothing""")
                .params(job, period, node, Timestamp.from(Instant.now(clock)))
                .update());
        if (claimed == null || claimed == 0) {
            log.info("Job {} for {} already claimed by another run; skipped on {}", job, period, node);
            return false;
        }
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from scheduled_job_run where job = ? and period = ?")
                    .params(job, period).update());
            throw e;
        }
        ownTransaction.executeWithoutResult(status -> jdbc.sql("update scheduled_job_run set finished_at = ? where job = ? and period = ?")
                .params(Timestamp.from(Instant.now(clock)), job, period).update());
        return true;
    }
}
