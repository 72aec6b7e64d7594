package fr.passerelle.indicators.values;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.indicators.ConsolidatedIndicators;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Territories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of the campuses of a scope, consolidated: the yearly facts of the scope's campuses ({@link IndicatorFacts},
 * computed by the campus formulas) summed in one SQL aggregate per indicator, year and main académie (from the sums
 * written with the facts for the nation and a région, over the views the campus module publishes —
 * {@code campus_published}, {@code campus_published_academy} — for an académie), then combined per the
 * indicator's tracking and unit ({@link ConsolidatedIndicators.Consolidation}) exactly as the campus values themselves
 * would be ({@link #consolidated}). Who reads: {@link ConsolidationPermissions}.
 */
@Service
class ScopeConsolidation implements ConsolidatedIndicators {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final TrackedIndicators catalogue;
    private final Territories territories;
    private final CampusRegistry registry;
    private final IndicatorFacts facts;

    ScopeConsolidation(JdbcClient jdbc, TrackedIndicators catalogue, Territories territories, CampusRegistry registry, IndicatorFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.catalogue = catalogue;
        this.territories = territories;
        this.registry = registry;
    }

    /** A campus of a scope, with its main académie (which says the optional indicators it tracks). */
    record ScopeCampus(UUID id, String academyCode) {
    }

    /** A consolidated value for one year. @param value null when no campus has one or when masked */
    record Point(int year, BigDecimal value, boolean masked, int campuses, long rows) {
    }

    /** One indicator consolidated over the campuses of a scope tracking it, for each year asked (oldest first). */
    record Series(Indicator indicator, Consolidation rule, int campusesTracking, Map<Integer, Point> points) {

        Point at(int year) {
            return points.get(year);
        }
    }

    // --- scope and permissions

    @Override
    public boolean canRead(Actor actor, Scope scope) {
        return switch (scope.level()) {
            case NATION -> ConsolidationPermissions.canReadNation(actor);
            case REGION -> ConsolidationPermissions.canReadRegion(actor, scope.code());
            case ACADEMY -> ConsolidationPermissions.canReadAcademy(actor, scope.code(),
                    territories.academy(scope.code()).map(Academy::regionCode).orElse(null));
        };
    }

    @Override
    public List<Scope> readableScopes(Actor actor) {
        List<Scope> scopes = new ArrayList<>();
        if (ConsolidationPermissions.canReadNation(actor)) {
            scopes.add(Scope.nation());
        }
        if (actor.regionCode() != null && (actor.is(Role.REGIONAL_COORDINATOR) || actor.is(Role.REGIONAL_COUNCIL))
                && territories.region(actor.regionCode()).isPresent()) {
            scopes.add(Scope.region(actor.regionCode()));
        }
        if (actor.academyCode() != null && actor.is(Role.ACADEMY_REFERENT) && territories.academy(actor.academyCode()).isPresent()) {
            scopes.add(Scope.academy(actor.academyCode()));
        }
        return scopes;
    }

    @Override
    public String nameOf(Scope scope) {
        return switch (scope.level()) {
            case NATION -> "France entière";
            case REGION -> territories.region(scope.code()).orElseThrow(() -> new NoSuchElementException("Région inconnue : " + scope.code())).name();
            case ACADEMY -> "académie de " + territories.academy(scope.code())
                    .orElseThrow(() -> new NoSuchElementException("Académie inconnue : " + scope.code())).name();
        };
    }

    /** Refuses the actor who may not read the scope; an unknown région or académie is not found. */
    void require(Actor actor, Scope scope) {
        nameOf(scope);
        if (!canRead(actor, scope)) {
            throw new AccessDeniedException(switch (scope.level()) {
                case NATION -> "Le tableau de bord national est réservé à l’administration nationale.";
                case REGION -> "Le tableau de bord d’une région est réservé à sa coordination de région académique, au Conseil régional "
                        + "et à l’administration nationale.";
                case ACADEMY -> "Le tableau de bord d’une académie est réservé à son ou sa référent·e académique, aux co-pilotes de sa "
                        + "région et à l’administration nationale.";
            });
        }
    }

    /** The campuses of the scope, in one query over the registry's published views. */
    List<ScopeCampus> campusesOf(Scope scope) {
        return scoped("select p.campus_id, p.academy_code from campus_published p where true" + scopeCondition(scope), scope)
                .query((rs, n) -> new ScopeCampus(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** The condition on {@code campus_published p} that keeps the campuses of the scope (bound to {@code :scope}). */
    private static String scopeCondition(Scope scope) {
        return switch (scope.level()) {
            case NATION -> "";
            case REGION -> " and p.region_code = :scope";
            case ACADEMY -> " and exists (select 1 from campus_published_academy a where a.campus_id = p.campus_id and a.academy_code = :scope)";
        };
    }

    private JdbcClient.StatementSpec scoped(String sql, Scope scope) {
        var statement = jdbc.sql(sql);
        return scope.code() == null ? statement : statement.param("scope", scope.code());
    }

    // --- consolidation

    /**
     * The facts of the scope's campuses whose main académie is one, for one indicator and year: how many campuses have a
     * fact, how many a value, the sum of the values, how many are not zero, and the rows they count.
     */
    record Sums(long facts, long valued, BigDecimal total, long nonZero, long rows) {
    }

    /**
     * The facts of the scope summed per indicator, year and main académie, in one aggregate (one indicator when code is
     * set): the nation and a région from the sums written with the facts ({@code indicator_fact_group}), an académie
     * (whose campuses may list it as another académie) from the facts of its campuses.
     */
    private Map<String, Map<Integer, Map<String, Sums>>> sums(Scope scope, String code, int from, int to) {
        Map<String, Map<Integer, Map<String, Sums>>> sums = new HashMap<>();
        String sql = scope.level() == ConsolidatedIndicators.Level.ACADEMY ? """
                select f.indicator_code, f.year, p.academy_code, count(*) as facts, count(f.value) as valued, sum(f.value) as total,
                       count(*) filter (where f.value <> 0) as non_zero, coalesce(sum(f.row_count), 0) as rows
                  from indicator_fact f
                  join campus_published p on p.campus_id = f.campus_id
                 where f.year between :from and :to""" + (code == null ? "" : " and f.indicator_code = :code") + scopeCondition(scope)
                + " group by f.indicator_code, f.year, p.academy_code" : """
                select g.indicator_code, g.year, g.academy_code, sum(g.facts) as facts, sum(g.valued) as valued, sum(g.total) as total,
                       sum(g.non_zero) as non_zero, sum(g.row_count) as rows
                  from indicator_fact_group g
                 where g.year between :from and :to""" + (code == null ? "" : " and g.indicator_code = :code")
                + (scope.level() == ConsolidatedIndicators.Level.REGION ? " and g.region_code = :scope" : "")
                + " group by g.indicator_code, g.year, g.academy_code";
        scoped(sql, scope).param("from", from).param("to", to).param("code", code)
                .query(rs -> {
                    sums.computeIfAbsent(rs.getString("indicator_code"), c -> new HashMap<>())
                            .computeIfAbsent(rs.getInt("year"), y -> new HashMap<>())
                            .put(rs.getString("academy_code"), new Sums(rs.getLong("facts"), rs.getLong("valued"), rs.getBigDecimal("total"),
                                    rs.getLong("non_zero"), rs.getLong("rows")));
                });
        return sums;
    }

    /** How many campuses of the scope have each main académie. */
    private Map<String, Long> campusesByAcademy(Scope scope) {
        Map<String, Long> counts = new HashMap<>();
        scoped("select p.academy_code, count(*) from campus_published p where true" + scopeCondition(scope) + " group by p.academy_code", scope)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Every indicator tracked by a campus of the scope, consolidated for each year from {@code from} to {@code to}. */
    List<Series> series(Scope scope, int from, int to) {
        Map<String, Long> campuses = campusesByAcademy(scope);
        Map<String, Map<Integer, Map<String, Sums>>> sums = sums(scope, null, from, to);
        List<Series> series = new ArrayList<>();
        for (TrackedIndicators.Tracking tracking : catalogue.tracking()) {
            if (tracking.indicator().source() == fr.passerelle.indicators.IndicatorSource.DECLARED
                    || Formulas.of(tracking.indicator().code()).isPresent()) {
                consolidate(tracking, campuses, sums.getOrDefault(tracking.indicator().code(), Map.of()), from, to).ifPresent(series::add);
            }
        }
        return series;
    }

    /** One indicator over the campuses of the scope that track it; empty when none does. */
    java.util.Optional<Series> series(Scope scope, Indicator indicator, int from, int to) {
        TrackedIndicators.Tracking tracking = catalogue.tracking().stream().filter(t -> t.indicator().code().equals(indicator.code()))
                .findFirst().orElse(null);
        if (tracking == null) {
            return java.util.Optional.empty();
        }
        return consolidate(tracking, campusesByAcademy(scope), sums(scope, indicator.code(), from, to).getOrDefault(indicator.code(), Map.of()),
                from, to);
    }

    /**
     * The indicator over the campuses of the scope tracking it, from the sums of their facts per main académie: a campus
     * tracking it without a fact counts 0 for a computed count ({@link IndicatorValues#noneMeansZero}), else has no
     * value — as if each campus's figure were computed now ({@link #consolidated}).
     */
    private java.util.Optional<Series> consolidate(TrackedIndicators.Tracking tracking, Map<String, Long> campusesByAcademy,
                                                   Map<Integer, Map<String, Sums>> sums, int from, int to) {
        Indicator indicator = tracking.indicator();
        List<String> academies = campusesByAcademy.keySet().stream().filter(tracking::trackedBy).toList();
        long trackers = academies.stream().mapToLong(campusesByAcademy::get).sum();
        if (trackers == 0) {
            return java.util.Optional.empty();
        }
        Consolidation rule = Consolidation.of(indicator.unit());
        boolean noneMeansZero = IndicatorValues.noneMeansZero(indicator);
        Map<Integer, Point> points = new LinkedHashMap<>();
        for (int y = from; y <= to; y++) {
            Map<String, Sums> ofYear = sums.getOrDefault(y, Map.of());
            long facts = 0;
            long valued = 0;
            long nonZero = 0;
            long rows = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (String academy : academies) {
                Sums s = ofYear.get(academy);
                if (s != null) {
                    facts += s.facts();
                    valued += s.valued();
                    nonZero += s.nonZero();
                    rows += s.rows();
                    total = s.total() == null ? total : total.add(s.total());
                }
            }
            // (the sums are those of the last refresh, the campuses today's: a campus removed since is not counted twice)
            long campuses = valued + (noneMeansZero ? Math.max(0, trackers - facts) : 0);
            BigDecimal value = campuses == 0 ? null : switch (rule) {
                case SUM -> total;
                case MEAN -> total.divide(BigDecimal.valueOf(campuses), 1, RoundingMode.HALF_UP);
                case YES_COUNT -> BigDecimal.valueOf(nonZero);
            };
            boolean masked = value != null && indicator.masks(rows);
            points.put(y, new Point(y, masked ? null : value, masked, (int) campuses, rows));
        }
        return java.util.Optional.of(new Series(indicator, rule, (int) trackers, points));
    }

    /** The value of a scope from its campus values (none: no value). */
    static BigDecimal consolidated(Consolidation rule, List<BigDecimal> campusValues) {
        if (campusValues.isEmpty()) {
            return null;
        }
        return switch (rule) {
            case SUM -> campusValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MEAN -> campusValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(campusValues.size()), 1, RoundingMode.HALF_UP);
            case YES_COUNT -> BigDecimal.valueOf(campusValues.stream().filter(v -> v.signum() != 0).count());
        };
    }

    // --- the public API

    @Override
    @Transactional(readOnly = true)
    public List<ConsolidatedValue> valuesOf(Actor actor, Scope scope, int year) {
        require(actor, scope);
        return series(scope, year - 1, year).stream().map(s -> value(s, year)).toList();
    }

    static ConsolidatedValue value(Series s, int year) {
        Point now = s.at(year);
        Point before = s.at(year - 1);
        Indicator i = s.indicator();
        return new ConsolidatedValue(i.code(), i.name(), i.theme(), i.unit(), i.period(), s.rule(), year, now.value(), now.masked(),
                now.campuses(), s.campusesTracking(), now.rows(), before == null ? null : before.value(), before != null && before.masked(),
                before == null ? 0 : before.campuses());
    }

    @Override
    @Transactional(readOnly = true)
    public CampusValuesPage campusValues(Actor actor, Scope scope, String code, int year, CampusOrder order, int page, int size) {
        require(actor, scope);
        Indicator indicator = catalogue.byCode(code).orElseThrow(() -> new NoSuchElementException("Indicateur inconnu : " + code));
        TrackedIndicators.Tracking tracking = catalogue.tracking().stream().filter(t -> t.indicator().code().equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Indicateur retiré : " + code));
        UUID[] campuses = campusesOf(scope).stream().filter(c -> tracking.trackedBy(c.academyCode())).map(ScopeCampus::id).toArray(UUID[]::new);
        Formulas.of(indicator).orElseThrow(() -> new NoSuchElementException("Indicateur sans formule : " + code));
        int shownSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int shownPage = Math.max(1, page);
        String value = IndicatorValues.noneMeansZero(indicator) ? "coalesce(f.v, 0)" : "f.v";
        String sortable = indicator.maskBelow() > 0 ? "case when coalesce(f.n, 0) < " + indicator.maskBelow() + " then null else " + value + " end"
                : value;
        String orderBy = switch (order == null ? CampusOrder.NAME : order) {
            case NAME -> "p.name, p.campus_id";
            case VALUE_DESC -> sortable + " desc nulls last, p.name, p.campus_id";
            case VALUE_ASC -> sortable + " asc nulls last, p.name, p.campus_id";
        };
        List<CampusValue> rows = new ArrayList<>();
        long[] total = {0};
        if (campuses.length > 0) {
            jdbc.sql("with f as (select campus_id as c, value as v, row_count as n from indicator_fact where indicator_code = :code and year = :year) "
                            + "select p.campus_id, p.name, p.region_code, p.academy_code, " + value + " as v, "
                            + "coalesce(f.n, 0) as n, count(*) over () as total from campus_published p "
                            + "left join f on f.c = p.campus_id where p.campus_id = any(:campuses) order by " + orderBy
                            + " limit :size offset :offset")
                    .param("campuses", campuses).param("code", code).param("year", year)
                    .param("size", shownSize).param("offset", (shownPage - 1) * shownSize)
                    .query(rs -> {
                        UUID id = rs.getObject("campus_id", UUID.class);
                        BigDecimal v = rs.getBigDecimal("v");
                        long n = rs.getLong("n");
                        boolean masked = v != null && indicator.masks(n) && !registry.canManage(actor, id);
                        rows.add(new CampusValue(id, rs.getString("name"), rs.getString("region_code"), rs.getString("academy_code"),
                                masked ? null : v, masked, n));
                        total[0] = rs.getLong("total");
                    });
            if (rows.isEmpty() && shownPage > 1) {
                total[0] = campuses.length;
            }
        }
        return new CampusValuesPage(code, year, rows, total[0], shownPage, shownSize);
    }

    @Override
    public String freshness(int from, int to) {
        return facts.freshness(from, to);
    }

    @Override
    public long refresh(Actor actor) {
        return facts.refreshNow(actor).facts();
    }
}
