package fr.passerelle.campus;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.identity.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Imports previewed and running, kept in memory for an hour: an import runs in the background, row by row, so that
 * its page can show its progress; each row is written in its own transaction, so a rejected row loses no other.
 */
@Component
class ImportJobs {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportJobs.class);

    private static final Duration KEPT = Duration.ofHours(1);

    private final CampusImport campusImport;
    private final Clock clock;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    private final org.springframework.core.task.TaskExecutor executor;

    ImportJobs(CampusImport campusImport, Clock clock,
               @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") org.springframework.core.task.TaskExecutor executor) {
        this.campusImport = campusImport;
        this.clock = clock;
        this.executor = executor;
    }

    enum State { PREVIEWED, RUNNING, DONE }

    static final class Job {
        final UUID id = UUID.randomUUID();
        final UUID owner;
        final String fileName;
        final CampusImport.Preview preview;
        final Instant createdAt;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final List<CampusImport.Problem> failures = new CopyOnWriteArrayList<>();
        volatile State state = State.PREVIEWED;

        Job(UUID owner, String fileName, CampusImport.Preview preview, Instant createdAt) {
            this.owner = owner;
            this.fileName = fileName;
            this.preview = preview;
            this.createdAt = createdAt;
        }

        public UUID getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public CampusImport.Preview getPreview() {
            return preview;
        }

        public State getState() {
            return state;
        }

        public int getDone() {
            return done.get();
        }

        public int getCreated() {
            return created.get();
        }

        public int getUpdated() {
            return updated.get();
        }

        public long getTotal() {
            return preview.validCount();
        }

        public int getPercent() {
            long total = getTotal();
            return total == 0 ? 100 : (int) (100 * done.get() / total);
        }

        public List<CampusImport.Problem> getFailures() {
            return failures;
        }
    }

    /** Refuses anyone but the national administrator, who alone imports the registry. */
    static void requireImporter(Actor actor) {
        if (!CampusPermissions.canImport(actor)) {
            throw new org.springframework.security.access.AccessDeniedException("L'import du registre est réservé à l'administration nationale.");
        }
    }

    Job register(Actor actor, String fileName, CampusImport.Preview preview) {
        requireImporter(actor);
        Instant now = Instant.now(clock);
        jobs.values().removeIf(job -> job.state != State.RUNNING && job.createdAt.plus(KEPT).isBefore(now));
        Job job = new Job(actor.accountId(), fileName, preview, now);
        jobs.put(job.id, job);
        return job;
    }

    Optional<Job> find(Actor actor, UUID id) {
        requireImporter(actor);
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(actor.accountId()));
    }

    /** Starts the import of the previewed rows in the background, as the actor who asked for it. */
    void start(Actor actor, Job job) {
        requireImporter(actor);
        synchronized (job) {
            if (job.state != State.PREVIEWED) {
                return;
            }
            job.state = State.RUNNING;
        }
        Runnable work = () -> {
            try {
                for (CampusImport.Row row : job.preview.rows()) {
                    if (!row.valid()) {
                        continue;
                    }
                    try {
                        campusImport.apply(actor, row);
                        (row.existingId() == null ? job.created : job.updated).incrementAndGet();
                    } catch (BusinessRuleException e) {
                        job.failures.add(new CampusImport.Problem(row.line(), CampusImport.columnOf(e.field()), e.getMessage()));
                    } catch (RuntimeException e) {
                        log.warn("Registry import: line {} not written", row.line(), e);
                        job.failures.add(new CampusImport.Problem(row.line(), null,
                                "Ligne non importée : une de ses valeurs n'a pu être enregistrée. Corrigez-la puis importez de nouveau cette ligne."));
                    }
                    job.done.incrementAndGet();
                }
            } finally {
                job.state = State.DONE;
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(work));
    }

    /** Runs an import in the calling thread (demo data, command line). */
    Job runNow(Actor actor, String fileName, CampusImport.Preview preview) {
        Job job = register(actor, fileName, preview);
        job.state = State.RUNNING;
        for (CampusImport.Row row : preview.rows()) {
            if (row.valid()) {
                campusImport.apply(actor, row);
                (row.existingId() == null ? job.created : job.updated).incrementAndGet();
                job.done.incrementAndGet();
            }
        }
        job.state = State.DONE;
        return job;
    }
}
