package fr.passerelle.indicators.opendata;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.ClusterJobs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the open data of the indicators: for every campus of the registry and each of the last closed years
 * ({@code passerelle.indicators.open-data.years}, 5 by default), the values of the public indicators it tracks that are
 * neither masked nor blank replace the whole snapshot in one transaction (readers see the former one until it commits;
 * two publications wait for each other). Every day once across nodes ({@code passerelle.indicators.open-data.cron},
 * 03:30 Paris time by default), after start-up when nothing was ever published (so after the demo data load), and on
 * demand by the national administration (audited).
 */
@Service
class OpenIndicators {

    static final String JOB = "indicators-open-data";
    static final String AUDITED = "indicator-open-data";
    private static final Logger log = LoggerFactory.getLogger(OpenIndicators.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CampusRegistry registry;
    private final IndicatorCatalogue catalogue;
    private final CampusIndicators indicators;
    private final ClusterJobs jobs;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int years;

    OpenIndicators(CampusRegistry registry, IndicatorCatalogue catalogue, CampusIndicators indicators, ClusterJobs jobs, AuditTrail audit,
                   JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, Clock clock,
                   @Value("${passerelle.indicators.open-data.years:5}") int years) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.jobs = jobs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.years = Math.max(1, years);
    }

    /** One publication of the snapshot. */
    record Publication(UUID id, Instant publishedAt, int values, String publishedBy) {
    }

    /** The years published: the last closed ones, oldest first. */
    List<Integer> publishedYears() {
        int current = LocalDate.now(clock.withZone(PARIS)).getYear();
        List<Integer> list = new ArrayList<>();
        for (int y = current - years; y < current; y++) {
            list.add(y);
        }
        return list;
    }

    @Scheduled(cron = "${passerelle.indicators.open-data.cron:0 30 3 * * *}", zone = "Europe/Paris")
    void daily() {
        publishOnceFor(LocalDate.now(clock.withZone(PARIS)));
    }

    /**
     * After start-up, when nothing was ever published: once the application is ready to take traffic, an event published
     * after every listener of {@code ApplicationReadyEvent} ran (the demo data are loaded by then, and the InserJeunes
     * outcomes of the training catalogue imported).
     */
    @EventListener
    void publishIfNeverPublished(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && latest().isEmpty()) {
            publishOnceFor(LocalDate.now(clock.withZone(PARIS)));
        }
    }

    /** The publication of the day, run by one node only; true if it ran here. */
    boolean publishOnceFor(LocalDate day) {
        return jobs.runOnce(JOB, day, () -> {
            Publication p = publish(null);
            log.info("Indicators open data published: {} values", p.values());
        });
    }

    /** The national administration publishes now, whatever the job did today; audited. */
    Publication publishNow(Actor actor) {
        if (!OpenDataPermissions.canPublish(actor)) {
            throw new AccessDeniedException("Seule l’administration nationale publie les données ouvertes des indicateurs.");
        }
        return publish(actor);
    }

    private Publication publish(Actor actor) {
        return transaction.execute(status -> {
            // Two publications at once would each delete the other's rows half-way: the second waits for the first.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('indicator_open_value'))").query().singleRow();
            Map<String, Integer> positions = new HashMap<>();
            Map<String, IndicatorDefinition> published = new HashMap<>();
            List<IndicatorDefinition> all = catalogue.all();
            for (int i = 0; i < all.size(); i++) {
                IndicatorDefinition d = all.get(i);
                positions.put(d.code(), i);
                if (d.isPublic()) {
                    published.put(d.code(), d);
                }
            }
            jdbc.sql("delete from indicator_open_value").update();
            int count = 0;
            for (CampusCard campus : registry.all()) {
                List<Object[]> rows = new ArrayList<>();
                for (int year : publishedYears()) {
                    for (IndicatorValue v : indicators.valuesOf(campus.id(), year)) {
                        IndicatorDefinition d = published.get(v.code());
                        if (d == null || v.value() == null || v.masked()) {
                            continue;
                        }
                        rows.add(new Object[] {d.code(), campus.id(), year, v.value(), positions.get(d.code()), d.name(), d.theme().name(),
                                d.unit().name(), d.period().name(), campus.slug(), campus.name(), campus.regionCode(), campus.regionName(),
                                campus.academyCode(), campus.academyName()});
                    }
                }
                batch.batchUpdate("""
                        insert into indicator_open_value (indicator_code, campus_id, year, value, indicator_position, indicator_name, theme,
                               unit, period, campus_slug, campus_name, region_code, region_name, academy_code, academy_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
                count += rows.size();
            }
            Publication publication = new Publication(UUID.randomUUID(), Instant.now(clock), count, actor == null ? null : actor.displayName());
            jdbc.sql("insert into indicator_open_publication (id, published_at, values_published, published_by) values (?, ?, ?, ?)")
                    .params(publication.id(), Timestamp.from(publication.publishedAt()), count, publication.publishedBy()).update();
            if (actor != null) {
                audit.record(AUDITED, publication.id(), "DONNEES_OUVERTES_PUBLIEES",
                        "Données ouvertes des indicateurs publiées : " + count + " valeurs", List.of());
            }
            return publication;
        });
    }

    /** The latest publication, if any. */
    Optional<Publication> latest() {
        return jdbc.sql("""
                        select id, published_at, values_published, published_by from indicator_open_publication
                         order by published_at desc limit 1""")
                .query((rs, n) -> new Publication(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getString(4)))
                .optional();
    }
}
