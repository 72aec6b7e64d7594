package fr.passerelle.indicators.values;

import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.IndicatorDeclarations;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.ClusterJobs;
import fr.passerelle.platform.Times;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly figure of each indicator for each campus, kept in {@code indicator_fact} for the consolidated dashboards,
 * the campus's comparison with its région and the nation, and the reports of a scope ({@link ScopeConsolidation}).
 * Computed by the very SQL of the campus dashboard ({@link Formulas}), one statement per indicator for every campus
 * and the years asked: the figures the formula gives are upserted (a row whose value did not change is left alone),
 * the facts it no longer gives are deleted (a cancelled meeting lowers the count); then the facts are summed per
 * indicator, year, région and main académie ({@code indicator_fact_group}, what the nation's and a région's dashboards
 * read). Every indicator with a formula is computed, tracked or not: who tracks it is applied when reading.
 *
 * <p>When: the last two calendar years every minute (by one node at a time: a refresh skips the minute when another
 * holds the lock), every year each night ({@link ClusterJobs#runOnce}) and at start-up for the years never computed,
 * one campus's declared value right after its declaration is committed, and every year on demand of the national
 * administration (audited). All refreshes take the same PostgreSQL advisory lock for their transaction, so that two
 * never interleave; the minute's gives way, the others wait.
 */
@Service
class IndicatorFacts {

    /** The advisory lock every refresh holds for its transaction. */
    static final String LOCK_KEY = "hashtext('indicator_fact')";
    /** Years refreshed every minute: the current calendar year and the one before. */
    static final int RECENT_YEARS = 2;
    static final String AUDITED = "indicator-facts";
    /** The audit trail of the on-demand refreshes is kept under this id. */
    static final UUID AUDITED_ID = UUID.nameUUIDFromBytes("indicator_fact".getBytes(StandardCharsets.UTF_8));
    static final String FRESHNESS_RULE = "recalculés chaque minute pour les deux dernières années, chaque nuit pour les précédentes";
    private static final String NIGHTLY_JOB = "indicator-facts";
    private static final Logger log = LoggerFactory.getLogger(IndicatorFacts.class);

    private final JdbcClient jdbc;
    private final TrackedIndicators catalogue;
    private final ClusterJobs jobs;
    private final AuditTrail audit;
    private final Times times;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    IndicatorFacts(JdbcClient jdbc, TrackedIndicators catalogue, ClusterJobs jobs, AuditTrail audit, Times times, Clock clock,
                   PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.jobs = jobs;
        this.audit = audit;
        this.times = times;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What one refresh did: the facts the formulas gave, those written (new or changed) and those deleted. */
    record Refresh(int from, int to, long facts, long written, long deleted, long millis) {
    }

    int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    // --- when

    @Scheduled(cron = "${passerelle.indicators.facts.recent-cron:0 * * * * *}", zone = "Europe/Paris")
    void everyMinute() {
        refreshRecentYears();
    }

    /** The current year and the one before, unless another refresh holds the lock (then empty: the next minute will). */
    Optional<Refresh> refreshRecentYears() {
        int current = currentYear();
        return inOwnTransaction(false, () -> compute(current - RECENT_YEARS + 1, current, true));
    }

    @Scheduled(cron = "${passerelle.indicators.facts.nightly-cron:0 10 2 * * *}", zone = "Europe/Paris")
    void nightly() {
        jobs.runOnce(NIGHTLY_JOB, LocalDate.now(clock.withZone(times.zone())), this::refreshAllYears);
    }

    /** Every year the dashboards show, from {@value CampusDashboard#FIRST_YEAR} to the current one; waits for the lock. */
    Refresh refreshAllYears() {
        return inOwnTransaction(true, () -> compute(CampusDashboard.FIRST_YEAR, currentYear(), true)).orElseThrow();
    }

    /**
     * After start-up (once the demo data are loaded): the years never computed, so that a new database, or one of a
     * version without facts, has its dashboards right before the night.
     */
    @EventListener
    void computeNeverComputedYears(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            refreshNeverComputedYears();
        }
    }

    Optional<Refresh> refreshNeverComputedYears() {
        return inOwnTransaction(true, () -> {
            int current = currentYear();
            List<Integer> computed = jdbc.sql("select year from indicator_fact_year where year between :from and :to order by year")
                    .param("from", CampusDashboard.FIRST_YEAR).param("to", current).query(Integer.class).list();
            int from = CampusDashboard.FIRST_YEAR;
            while (from <= current && computed.contains(from)) {
                from++;
            }
            int to = current;
            while (to >= from && computed.contains(to)) {
                to--;
            }
            return from > to ? null : compute(from, to, true);
        });
    }

    /** One campus's declared value for the year, right after the declaration is committed: its dashboards show it at once. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void declared(IndicatorDeclarations.Declared declaration) {
        inOwnTransaction(true, () -> catalogue.byCode(declaration.indicatorCode()).map(indicator -> {
            long[] counts = write(indicator, new UUID[] {declaration.campusId()}, declaration.year(), declaration.year(),
                    Timestamp.from(Instant.now(clock)));
            group(indicator.code(), declaration.year(), declaration.year());
            return new Refresh(declaration.year(), declaration.year(), counts[0], counts[1], counts[2], 0);
        }).orElse(null));
    }

    /** Every year now, on demand of the national administration (audited); refused to anyone else. */
    Refresh refreshNow(Actor actor) {
        if (!ConsolidationPermissions.canRefresh(actor)) {
            throw new AccessDeniedException("Seule l’administration nationale recalcule les chiffres consolidés à la demande.");
        }
        return inOwnTransaction(true, () -> {
            Refresh refresh = compute(CampusDashboard.FIRST_YEAR, currentYear(), true);
            audit.recordBy(actor.username(), AUDITED, AUDITED_ID, "CHIFFRES_CONSOLIDES_RECALCULES",
                    "Chiffres consolidés recalculés pour " + refresh.from() + "–" + refresh.to() + " : " + refresh.facts() + " valeurs de campus, "
                            + refresh.written() + " modifiées, " + refresh.deleted() + " supprimées", List.of());
            return refresh;
        }).orElseThrow();
    }

    // --- freshness

    /** When the facts of every year from {@code from} to {@code to} were all computed last (the oldest), empty when one never was. */
    Optional<Instant> computedAt(int from, int to) {
        int last = Math.min(to, currentYear());
        if (from > last) {
            return Optional.empty();
        }
        return jdbc.sql("select case when count(*) = :years then min(computed_at) end from indicator_fact_year where year between :from and :to")
                .param("years", last - from + 1).param("from", from).param("to", last)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class)).map(java.time.OffsetDateTime::toInstant))
                .single();
    }

    /** « Chiffres consolidés le 3 décembre 2026 à 14 h 05 (recalculés chaque minute pour…) », in Paris time. */
    String freshness(int from, int to) {
        return computedAt(from, to).map(at -> "Chiffres consolidés le " + times.format(at, "d MMMM yyyy 'à' H 'h' mm") + " (" + FRESHNESS_RULE + ").")
                .orElse("Chiffres pas encore tous consolidés pour ces années (" + FRESHNESS_RULE + ").");
    }

    // --- how

    /**
     * In a transaction of its own holding the lock: waits for it when {@code wait}, else gives way (empty) when another
     * refresh holds it.
     */
    private Optional<Refresh> inOwnTransaction(boolean wait, Supplier<Refresh> work) {
        return ownTransaction.execute(status -> {
            if (wait) {
                jdbc.sql("select pg_advisory_xact_lock(" + LOCK_KEY + ")").query().singleRow();
            } else if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")").query(Boolean.class).single())) {
                log.debug("Indicator facts: another refresh holds the lock; this one gives way");
                return Optional.empty();
            }
            return Optional.ofNullable(work.get());
        });
    }

    /** Every campus, every indicator with a formula, the years from {@code from} to {@code to}; recorded as their freshness. */
    private Refresh compute(int from, int to, boolean record) {
        long started = System.nanoTime();
        Timestamp at = Timestamp.from(Instant.now(clock));
        UUID[] campuses = jdbc.sql("select campus_id from campus_published").query(UUID.class).list().toArray(UUID[]::new);
        long facts = 0;
        long written = 0;
        long deleted = 0;
        for (Indicator indicator : catalogue.all()) {
            long[] counts = write(indicator, campuses, from, to, at);
            facts += counts[0];
            written += counts[1];
            deleted += counts[2];
        }
        group(null, from, to);
        if (record) {
            jdbc.sql("""
                            insert into indicator_fact_year (year, computed_at) select y, :at from generate_series(:from, :to) as y
                            on conflict (year) do update set computed_at = excluded.computed_at""")
                    .param("at", at).param("from", from).param("to", to).update();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Indicator facts: {} rows for years {}–{} in {} ms ({} written, {} deleted, {} campuses)", facts, from, to, millis, written,
                deleted, campuses.length);
        return new Refresh(from, to, facts, written, deleted, millis);
    }

    /**
     * The facts summed per indicator, year, région and main académie ({@code indicator_fact_group}) for the years (and
     * the one indicator when code is set), rewritten from the facts in the transaction that wrote them.
     */
    private void group(String code, int from, int to) {
        String ofCode = code == null ? "" : " and indicator_code = :code";
        jdbc.sql("delete from indicator_fact_group where year between :from and :to" + ofCode)
                .param("from", from).param("to", to).param("code", code).update();
        jdbc.sql("""
                        insert into indicator_fact_group (indicator_code, year, region_code, academy_code, facts, valued, total, non_zero, row_count)
                        select f.indicator_code, f.year, p.region_code, p.academy_code, count(*), count(f.value), sum(f.value),
                               count(*) filter (where f.value <> 0), coalesce(sum(f.row_count), 0)
                          from indicator_fact f
                          join campus_published p on p.campus_id = f.campus_id
                         where f.year between :from and :to""" + ofCode.replace("indicator_code", "f.indicator_code") + """

                         group by f.indicator_code, f.year, p.region_code, p.academy_code""")
                .param("from", from).param("to", to).param("code", code).update();
    }

    /**
     * One indicator's facts for the campuses and years, in one statement: its formula's rows upserted, the facts it no
     * longer gives deleted. Returns the formula's rows, those written and those deleted.
     */
    private long[] write(Indicator indicator, UUID[] campuses, int from, int to, Timestamp at) {
        Optional<Formulas.Formula> formula = Formulas.of(indicator);
        if (formula.isEmpty() || campuses.length == 0) {
            return new long[3];
        }
        return jdbc.sql("with f as (" + formula.get().value() + """
                        ),
                        gone as (delete from indicator_fact x
                                  where x.campus_id = any(:campuses) and x.indicator_code = :code and x.year between :from and :to
                                    and not exists (select 1 from f where f.c = x.campus_id and f.y = x.year)
                                 returning 1),
                        written as (insert into indicator_fact (campus_id, indicator_code, year, value, row_count, computed_at)
                                    select f.c, :code, f.y, f.v, f.n, :at from f where f.y between :from and :to
                                    on conflict (campus_id, indicator_code, year) do update
                                       set value = excluded.value, row_count = excluded.row_count, computed_at = excluded.computed_at
                                     where (indicator_fact.value, indicator_fact.row_count) is distinct from (excluded.value, excluded.row_count)
                                    returning 1)
                        select (select count(*) from f), (select count(*) from written), (select count(*) from gone)""")
                .param("campuses", campuses).param("code", indicator.code()).param("from", from).param("to", to).param("at", at)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }
}
