package fr.passerelle.trades.release;

import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.trades.RomeReleaseMadeCurrent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports ROME releases beside each other and chooses the current one. An import runs on the node that started it, in
 * one transaction for all the rows of the release; its progress (step, rows, rejected rows, heartbeat) is written to
 * its {@code rome_release} row in transactions of their own, so every node can show it, and an import whose node died
 * is seen as interrupted once its heartbeat is older than {@link #STALE}. The first release imported becomes current;
 * a newer one becomes current when its import succeeds; the national administrator may choose an older one again.
 */
@Service
public class ReleaseImports {

    /** An import whose heartbeat is older than this has stopped: its node died or was stopped. */
    static final Duration STALE = Duration.ofMinutes(3);
    /** Rejected rows kept on the release, with file, line and column (the count covers them all). */
    static final int PROBLEMS_KEPT = 1000;

    private static final Logger log = LoggerFactory.getLogger(ReleaseImports.class);
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final TaskExecutor executor;
    private final Clock clock;

    ReleaseImports(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit,
                   ApplicationEventPublisher events, ObjectMapper json, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * What asking for an import did.
     *
     * @param alreadyImported the version was imported before: nothing was done
     */
    public record Started(UUID releaseId, int version, boolean alreadyImported) {

        public String message() {
            return alreadyImported
                    ? "La version " + version + " du ROME est déjà importée : rien n’a été fait."
                    : "L’import de la version " + version + " du ROME a commencé.";
        }
    }

    /** Imports a release now and returns when it is done (start-up, tests); a release already imported is left as it is. */
    public Started importNow(Actor actor, ReleaseFiles files) {
        Started started = begin(actor, files);
        if (!started.alreadyImported()) {
            run(actor, started, files);
        }
        return started;
    }

    /** Starts importing a release in the background on this node; its progress is on its row. */
    Started importInBackground(Actor actor, ReleaseFiles files, Runnable afterwards) {
        Started started = begin(actor, files);
        if (!started.alreadyImported()) {
            executor.execute(() -> {
                try {
                    run(actor, started, files);
                } finally {
                    afterwards.run();
                }
            });
        } else {
            afterwards.run();
        }
        return started;
    }

    private Started begin(Actor actor, ReleaseFiles files) {
        allowed(actor);
        ReleaseVersion version;
        try {
            version = files.version();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReleaseLoader.checkFiles(files);
        Instant now = Instant.now(clock);
        return ownTransaction.execute(status -> {
            var existing = jdbc.sql("select id, status, heartbeat_at from rome_release where version = ? for update").param(version.number())
                    .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("status"), rs.getTimestamp("heartbeat_at")})
                    .optional();
            if (existing.isPresent()) {
                UUID id = (UUID) existing.get()[0];
                String state = (String) existing.get()[1];
                Timestamp heartbeat = (Timestamp) existing.get()[2];
                if (state.equals("IMPORTED")) {
                    return new Started(id, version.number(), true);
                }
                if (state.equals("IMPORTING") && heartbeat != null && heartbeat.toInstant().isAfter(now.minus(STALE))) {
                    throw new BusinessRuleException("La version " + version.number() + " du ROME est déjà en cours d’import.");
                }
                // A failed or interrupted import of this version: its rows go, and it is imported again.
                jdbc.sql("delete from rome_release where id = ?").param(id).update();
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into rome_release (id, version, title, published_on, source, status, step, started_at, started_by, heartbeat_at)
                            values (?, ?, ?, ?, ?, 'IMPORTING', 'En attente', ?, ?, ?)""")
                    .params(id, version.number(), version.title(), version.publishedOn(), truncate(files.source(), 500), Timestamp.from(now),
                            actor == null ? null : actor.accountId(), Timestamp.from(now))
                    .update();
            audit.recordBy(actorName(actor), "rome_release", id, "ROME_IMPORT_STARTED",
                    "Import de la version " + version.number() + " du ROME lancé (" + truncate(files.source(), 200) + ")", List.of());
            return new Started(id, version.number(), false);
        });
    }

    private void run(Actor actor, Started started, ReleaseFiles files) {
        UUID id = started.releaseId();
        long begun = System.nanoTime();
        var progress = new RowProgress(id);
        try {
            try {
                progress.total(ReleaseLoader.estimateRows(files));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            transaction.executeWithoutResult(status -> {
                try {
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    var loader = new ReleaseLoader(files, id, connection.unwrap(PGConnection.class).getCopyAPI(), progress, progress);
                    Map<String, Integer> counts = loader.load();
                    progress.step("Mise en service");
                    progress.flush();
                    finish(actor, started, counts, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            log.info("ROME release {} imported in {} ms with {} rejected rows", started.version(), (System.nanoTime() - begun) / 1_000_000,
                    progress.problemCount);
        } catch (RuntimeException e) {
            String message = e instanceof BusinessRuleException refused ? refused.getMessage()
                    : "L’import a échoué : " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.warn("ROME release {} not imported: {}", started.version(), message, e instanceof BusinessRuleException ? null : e);
            ownTransaction.executeWithoutResult(status -> {
                jdbc.sql("""
                                update rome_release set status = 'FAILED', error = ?, step = 'Échec', finished_at = ?, heartbeat_at = ?,
                                       problems = cast(? as jsonb), problem_count = ? where id = ?""")
                        .params(truncate(message, 4000), Timestamp.from(Instant.now(clock)), Timestamp.from(Instant.now(clock)),
                                json.writeValueAsString(progress.kept()), progress.problemCount, id)
                        .update();
                audit.recordBy(actorName(actor), "rome_release", id, "ROME_IMPORT_FAILED",
                        "Import de la version " + started.version() + " du ROME en échec : " + truncate(message, 300), List.of());
            });
        }
    }

    /** The end of a successful import, in its transaction: the release is imported, and current if it is the newest. */
    private void finish(Actor actor, Started started, Map<String, Integer> counts, RowProgress progress) {
        UUID id = started.releaseId();
        Optional<Integer> current = jdbc.sql("select version from rome_release where is_current for update").query(Integer.class).optional();
        boolean becomesCurrent = current.isEmpty() || current.get() < started.version();
        if (becomesCurrent) {
            jdbc.sql("update rome_release set is_current = false where is_current").update();
        }
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        update rome_release set status = 'IMPORTED', is_current = ?, step = 'Terminé', rows_done = greatest(rows_done, rows_total),
                               counts = cast(? as jsonb), problems = cast(? as jsonb), problem_count = ?, finished_at = ?, heartbeat_at = ?, error = null
                         where id = ?""")
                .params(becomesCurrent, json.writeValueAsString(counts), json.writeValueAsString(progress.kept()), progress.problemCount,
                        Timestamp.from(now), Timestamp.from(now), id)
                .update();
        audit.recordBy(actorName(actor), "rome_release", id, "ROME_IMPORTED", "Version " + started.version() + " du ROME importée ("
                + counts.getOrDefault("trades", 0) + " fiches, " + progress.problemCount + " lignes rejetées)"
                + (becomesCurrent ? ", devenue la version en service" : ""), List.of());
        if (becomesCurrent) {
            events.publishEvent(new RomeReleaseMadeCurrent(started.version()));
        }
    }

    /** Makes an imported release the current one again (the national administrator's choice). */
    public void makeCurrent(Actor actor, UUID releaseId) {
        allowed(actor);
        transaction.executeWithoutResult(status -> {
            var release = jdbc.sql("select version, status, is_current from rome_release where id = ? for update").param(releaseId)
                    .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getBoolean(3)}).optional()
                    .orElseThrow(() -> new BusinessRuleException("Cette version du ROME n’existe pas ou plus."));
            int version = (Integer) release[0];
            if (!"IMPORTED".equals(release[1])) {
                throw new BusinessRuleException("La version " + version + " n’est pas importée entièrement : elle ne peut pas être mise en service.");
            }
            if ((Boolean) release[2]) {
                return;
            }
            Integer before = jdbc.sql("select version from rome_release where is_current for update").query(Integer.class).optional().orElse(null);
            jdbc.sql("update rome_release set is_current = false where is_current").update();
            jdbc.sql("update rome_release set is_current = true where id = ?").param(releaseId).update();
            audit.recordBy(actorName(actor), "rome_release", releaseId, "ROME_MADE_CURRENT", "Version " + version + " du ROME mise en service",
                    List.of(new AuditTrail.Change("Version en service", before == null ? null : before.toString(), Integer.toString(version))));
            events.publishEvent(new RomeReleaseMadeCurrent(version));
        });
    }

    /** Deletes a release that is not the current one, with all its rows. */
    public void delete(Actor actor, UUID releaseId) {
        allowed(actor);
        transaction.executeWithoutResult(status -> {
            var release = jdbc.sql("select version, status, is_current, heartbeat_at from rome_release where id = ? for update").param(releaseId)
                    .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4)}).optional()
                    .orElseThrow(() -> new BusinessRuleException("Cette version du ROME n’existe pas ou plus."));
            int version = (Integer) release[0];
            if ((Boolean) release[2]) {
                throw new BusinessRuleException("La version " + version + " est en service : mettez-en une autre en service avant de la supprimer.");
            }
            Timestamp heartbeat = (Timestamp) release[3];
            if ("IMPORTING".equals(release[1]) && heartbeat != null && heartbeat.toInstant().isAfter(Instant.now(clock).minus(STALE))) {
                throw new BusinessRuleException("La version " + version + " est en cours d’import : attendez sa fin pour la supprimer.");
            }
            jdbc.sql("delete from rome_release where id = ?").param(releaseId).update();
            audit.recordBy(actorName(actor), "rome_release", releaseId, "ROME_DELETED", "Version " + version + " du ROME supprimée", List.of());
        });
    }

    static void allowed(Actor actor) {
        if (actor != null && !actor.isNationalAdmin()) {
            throw new AccessDeniedException("Les versions du ROME sont gérées par l’administration nationale.");
        }
    }

    private static String actorName(Actor actor) {
        return actor == null ? "système" : actor.username();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * The progress of one import, written to its row at most twice a second (and at each new step), with the rows
     * rejected so far; the heartbeat goes with it.
     */
    private final class RowProgress implements ReleaseLoader.Progress, CsvReader.Problems {

        private final UUID id;
        private final List<ReleaseProblem> kept = new ArrayList<>();
        private int problemCount;
        private long done;
        private String step;
        private Instant written = Instant.EPOCH;

        RowProgress(UUID id) {
            this.id = id;
        }

        void total(long rows) {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("update rome_release set rows_total = ?, heartbeat_at = ? where id = ?")
                    .params((int) Math.min(Integer.MAX_VALUE, rows), Timestamp.from(Instant.now(clock)), id).update());
        }

        @Override
        public void step(String step) {
            this.step = step;
            flush();
        }

        @Override
        public void advance(long rows) {
            done += rows;
            if (Instant.now(clock).isAfter(written.plus(PROGRESS_EVERY))) {
                flush();
            }
        }

        @Override
        public void report(String file, Integer line, String column, String message) {
            problemCount++;
            if (kept.size() < PROBLEMS_KEPT) {
                kept.add(new ReleaseProblem(file, line, column, message));
            }
        }

        List<ReleaseProblem> kept() {
            return List.copyOf(kept);
        }

        void flush() {
            Instant now = Instant.now(clock);
            written = now;
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            update rome_release set step = ?, rows_done = least(?, greatest(rows_total, ?)), heartbeat_at = ?,
                                   problems = cast(? as jsonb), problem_count = ? where id = ?""")
                    .params(truncate(step, 200), (int) done, (int) done, Timestamp.from(now), json.writeValueAsString(kept), problemCount, id)
                    .update());
        }
    }
}
