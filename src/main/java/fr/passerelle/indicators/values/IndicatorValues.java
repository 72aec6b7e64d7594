package fr.passerelle.indicators.values;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    /** The value of the indicator for each year from {@code from} to {@code to}, both included. */
    Map<Integer, IndicatorValue> series(UUID campusId, Indicator indicator, int from, int to) {
        Map<Integer, BigDecimal> value = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Map<String, BigDecimal>> breakdowns = new HashMap<>();
        if (indicator.source() == IndicatorSource.DECLARED) {
            declared(campusId, indicator.code(), from, to, value, rows, breakdowns);
        } else {
            Formulas.of(indicator.code()).ifPresent(formula -> {
                jdbc.sql(formula.value()).param("campus", campusId).param("from", from).param("to", to).query(rs -> {
                    int y = rs.getInt("y");
                    value.put(y, rs.getBigDecimal("v"));
                    rows.put(y, rs.getLong("n"));
                });
                if (formula.breakdown() != null) {
                    jdbc.sql(formula.breakdown()).param("campus", campusId).param("from", from).param("to", to).query(rs -> {
                        breakdowns.computeIfAbsent(rs.getInt("y"), y -> new LinkedHashMap<>()).put(rs.getString("k"), rs.getBigDecimal("v"));
                    });
                }
            });
        }
        Map<Integer, IndicatorValue> series = new LinkedHashMap<>();
        for (int y = from; y <= to; y++) {
            long n = rows.getOrDefault(y, 0L);
            BigDecimal v = value.get(y);
            if (v == null && !value.containsKey(y) && indicator.source() == IndicatorSource.COMPUTED && indicator.unit() == Unit.COUNT) {
                v = BigDecimal.ZERO;
            }
            series.put(y, new IndicatorValue(indicator.code(), y, v, v != null && indicator.masks(n), n, breakdowns.getOrDefault(y, Map.of())));
        }
        return series;
    }

    /** The current declarations: the total (breakdown key '') or, without one, the sum of the declared breakdown. */
    private void declared(UUID campusId, String code, int from, int to, Map<Integer, BigDecimal> value, Map<Integer, Long> rows,
                          Map<Integer, Map<String, BigDecimal>> breakdowns) {
        Map<Integer, BigDecimal> totals = new HashMap<>();
        jdbc.sql("""
                select year, breakdown_key, value from indicator_declaration
                 where campus_id = :campus and indicator_code = :code and year between :from and :to and superseded_at is null
                 order by year, breakdown_key""")
                .param("campus", campusId).param("code", code).param("from", from).param("to", to).query(rs -> {
                    int y = rs.getInt("year");
                    String key = rs.getString("breakdown_key");
                    BigDecimal v = rs.getBigDecimal("value");
                    rows.merge(y, 1L, Long::sum);
                    if (key.isEmpty()) {
                        totals.put(y, v);
                    } else {
                        breakdowns.computeIfAbsent(y, k -> new LinkedHashMap<>()).put(key, v);
                    }
                });
        for (int y = from; y <= to; y++) {
            if (totals.containsKey(y)) {
                value.put(y, totals.get(y));
            } else if (breakdowns.containsKey(y)) {
                value.put(y, breakdowns.get(y).values().stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
    }
}
