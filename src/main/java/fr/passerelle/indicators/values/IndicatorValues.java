package fr.passerelle.indicators.values;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of a campus's indicators over a span of years: one SQL aggregate per computed or imported indicator
 * ({@link Formulas}) over the views the other modules publish, the current declarations for declared ones. Gives the
 * figures only: callers check who reads and mask.
 */
@Service
class IndicatorValues implements CampusIndicators {

    private final JdbcClient jdbc;
    private final TrackedIndicators tracked;
    private final CampusRegistry registry;

    IndicatorValues(JdbcClient jdbc, TrackedIndicators tracked, CampusRegistry registry) {
        this.jdbc = jdbc;
        this.tracked = tracked;
        this.registry = registry;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorValue> valuesOf(UUID campusId, int year) {
        List<IndicatorValue> values = new ArrayList<>();
        for (Indicator indicator : tracked(campusId)) {
            values.add(series(campusId, indicator, year, year).get(year));
        }
        return values;
    }

    /** The latest school year InserJeunes outcomes were imported for (« 2022-2023 »), or null when none was. */
    String latestOutcomeSchoolYear() {
        return jdbc.sql("select max(school_year) from indicator_source_outcome").query(String.class).optional().orElse(null);
    }

    /** The indicators the campus tracks. */
    List<Indicator> tracked(UUID campusId) {
        String academy = registry.byId(campusId).orElseThrow(() -> new NoSuchElementException("Campus inconnu : " + campusId)).academyCode();
        return tracked.forAcademy(academy);
    }

    /** One campus's figure for one year as its formula gives it: the value and the number of rows it counts. */
    record Raw(BigDecimal value, long rows) {
    }

    /**
     * The figures of the indicator for each of the campuses and each year from {@code from} to {@code to}: one query
     * for the whole set ({@link Formulas}). A campus and year without any row is absent (see {@link #noneMeansZero}).
     */
    Map<UUID, Map<Integer, Raw>> raw(Collection<UUID> campuses, Indicator indicator, int from, int to) {
        Map<UUID, Map<Integer, Raw>> raw = new HashMap<>();
        if (campuses.isEmpty()) {
            return raw;
        }
        Formulas.of(indicator).ifPresent(formula -> jdbc.sql(formula.value()).param("campuses", campuses.toArray(UUID[]::new))
                .param("code", indicator.code()).param("from", from).param("to", to)
                .query(rs -> {
                    raw.computeIfAbsent(rs.getObject("c", UUID.class), c -> new HashMap<>())
                            .put(rs.getInt("y"), new Raw(rs.getBigDecimal("v"), rs.getLong("n")));
                }));
        return raw;
    }

    /** Whether a campus and year without any row counts 0 (a computed count) rather than no value. */
    static boolean noneMeansZero(Indicator indicator) {
        return indicator.source() == IndicatorSource.COMPUTED && indicator.unit() == Unit.COUNT;
    }

    /** The value of the indicator for each year from {@code from} to {@code to}, both included. */
    Map<Integer, IndicatorValue> series(UUID campusId, Indicator indicator, int from, int to) {
        Map<Integer, Raw> figures = raw(List.of(campusId), indicator, from, to).getOrDefault(campusId, Map.of());
        Map<Integer, Map<String, BigDecimal>> breakdowns = new HashMap<>();
        Formulas.of(indicator).filter(formula -> formula.breakdown() != null).ifPresent(formula ->
                jdbc.sql(formula.breakdown()).param("campuses", new UUID[] {campusId}).param("code", indicator.code())
                        .param("from", from).param("to", to).query(rs -> {
                            breakdowns.computeIfAbsent(rs.getInt("y"), y -> new LinkedHashMap<>()).put(rs.getString("k"), rs.getBigDecimal("v"));
                        }));
        Map<Integer, IndicatorValue> series = new LinkedHashMap<>();
        for (int y = from; y <= to; y++) {
            Raw figure = figures.get(y);
            long n = figure == null ? 0 : figure.rows();
            BigDecimal v = figure == null ? (noneMeansZero(indicator) ? BigDecimal.ZERO : null) : figure.value();
            series.put(y, new IndicatorValue(indicator.code(), y, v, v != null && indicator.masks(n), n, breakdowns.getOrDefault(y, Map.of())));
        }
        return series;
    }
}
