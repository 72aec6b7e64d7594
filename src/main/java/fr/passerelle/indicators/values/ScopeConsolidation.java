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
 * The indicators of the campuses of a scope, consolidated: the scope's campuses in one SQL query over the views the
 * campus module publishes ({@code campus_published}, {@code campus_published_academy}), then one query per indicator
 * for all of them and the years asked ({@link IndicatorValues#raw}), consolidated by the indicator's unit
 * ({@link ConsolidatedIndicators.Consolidation}). Who reads: {@link ConsolidationPermissions}.
 */
@Service
class ScopeConsolidation implements ConsolidatedIndicators {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final IndicatorValues values;
    private final TrackedIndicators catalogue;
    private final Territories territories;
    private final CampusRegistry registry;

    ScopeConsolidation(JdbcClient jdbc, IndicatorValues values, TrackedIndicators catalogue, Territories territories, CampusRegistry registry) {
        this.jdbc = jdbc;
        this.values = values;
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
        String sql = switch (scope.level()) {
            case NATION -> "select campus_id, academy_code from campus_published";
            case REGION -> "select campus_id, academy_code from campus_published where region_code = :code";
            case ACADEMY -> """
                    select p.campus_id, p.academy_code from campus_published p
                     where exists (select 1 from campus_published_academy a where a.campus_id = p.campus_id and a.academy_code = :code)""";
        };
        var statement = jdbc.sql(sql);
        if (scope.code() != null) {
            statement = statement.param("code", scope.code());
        }
        return statement.query((rs, n) -> new ScopeCampus(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    // --- consolidation

    /** Every indicator tracked by a campus of the scope, consolidated for each year from {@code from} to {@code to}. */
    List<Series> series(Scope scope, int from, int to) {
        List<ScopeCampus> campuses = campusesOf(scope);
        List<Series> series = new ArrayList<>();
        for (TrackedIndicators.Tracking tracking : catalogue.tracking()) {
            List<UUID> trackers = campuses.stream().filter(c -> tracking.trackedBy(c.academyCode())).map(ScopeCampus::id).toList();
            if (!trackers.isEmpty() && (tracking.indicator().source() == fr.passerelle.indicators.IndicatorSource.DECLARED
                    || Formulas.of(tracking.indicator().code()).isPresent())) {
                series.add(consolidate(tracking.indicator(), trackers, from, to));
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
        List<UUID> campuses = campusesOf(scope).stream().filter(c -> tracking.trackedBy(c.academyCode())).map(ScopeCampus::id).toList();
        return campuses.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(consolidate(indicator, campuses, from, to));
    }

    private Series consolidate(Indicator indicator, List<UUID> campuses, int from, int to) {
        Map<UUID, Map<Integer, IndicatorValues.Raw>> raw = values.raw(campuses, indicator, from, to);
        Consolidation rule = Consolidation.of(indicator.unit());
        Map<Integer, Point> points = new LinkedHashMap<>();
        for (int y = from; y <= to; y++) {
            List<BigDecimal> campusValues = new ArrayList<>();
            long rows = 0;
            for (UUID campus : campuses) {
                IndicatorValues.Raw figure = raw.getOrDefault(campus, Map.of()).get(y);
                BigDecimal v = figure == null ? (IndicatorValues.noneMeansZero(indicator) ? BigDecimal.ZERO : null) : figure.value();
                if (figure != null) {
                    rows += figure.rows();
                }
                if (v != null) {
                    campusValues.add(v);
                }
            }
            BigDecimal value = consolidated(rule, campusValues);
            boolean masked = value != null && indicator.masks(rows);
            points.put(y, new Point(y, masked ? null : value, masked, campusValues.size(), rows));
        }
        return new Series(indicator, rule, campuses.size(), points);
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
        Formulas.Formula formula = Formulas.of(indicator).orElseThrow(() -> new NoSuchElementException("Indicateur sans formule : " + code));
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
            jdbc.sql("with f as (" + formula.value() + ") select p.campus_id, p.name, p.region_code, p.academy_code, " + value + " as v, "
                            + "coalesce(f.n, 0) as n, count(*) over () as total from campus_published p "
                            + "left join f on f.c = p.campus_id and f.y = :year where p.campus_id = any(:campuses) order by " + orderBy
                            + " limit :size offset :offset")
                    .param("campuses", campuses).param("code", code).param("from", year).param("to", year).param("year", year)
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
}
