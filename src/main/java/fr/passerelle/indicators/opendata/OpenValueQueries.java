package fr.passerelle.indicators.opendata;

import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the published snapshot of open values, filtered and ordered in SQL (year, campus, catalogue order): a page for
 * the API, every row one by one for the CSV (a cursor, never the whole table in memory).
 */
@Component
class OpenValueQueries {

    static final int MAX_SIZE = 1000;
    private static final String ORDER = " order by year, campus_name, campus_id, indicator_position";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    OpenValueQueries(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        var cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** What the values are filtered on; null is no filter. {@code campus} is the campus's slug. */
    record Filter(Integer year, String campus, String region, String academy, String indicator) {
    }

    record OpenValue(int year, String indicatorCode, String indicatorName, Theme theme, Unit unit, Period period, BigDecimal value,
                     UUID campusId, String campusSlug, String campusName, String regionCode, String regionName, String academyCode,
                     String academyName) {
    }

    record Page(List<OpenValue> items, int page, int size, long total) {
    }

    Page page(Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from indicator_open_value" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) (page - 1) * size);
        List<OpenValue> items = jdbc.sql("select * from indicator_open_value" + where + ORDER + " limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs)).list();
        return new Page(items, page, size, total);
    }

    /** Every value matching the filter, in order, handed one by one (from a database cursor) to {@code each}. */
    void forEach(Filter filter, Consumer<OpenValue> each) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        readOnly.executeWithoutResult(status -> streaming.query("select * from indicator_open_value" + where + ORDER, params,
                rs -> {
                    each.accept(row(rs));
                }));
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.year() != null) {
            conditions.add("year = :year");
            params.put("year", filter.year());
        }
        if (filter.campus() != null) {
            conditions.add("campus_slug = :campus");
            params.put("campus", filter.campus());
        }
        if (filter.region() != null) {
            conditions.add("region_code = :region");
            params.put("region", filter.region());
        }
        if (filter.academy() != null) {
            conditions.add("academy_code = :academy");
            params.put("academy", filter.academy());
        }
        if (filter.indicator() != null) {
            conditions.add("indicator_code = :indicator");
            params.put("indicator", filter.indicator());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static OpenValue row(ResultSet rs) throws SQLException {
        return new OpenValue(rs.getInt("year"), rs.getString("indicator_code"), rs.getString("indicator_name"), Theme.valueOf(rs.getString("theme")),
                Unit.valueOf(rs.getString("unit")), Period.valueOf(rs.getString("period")), rs.getBigDecimal("value"),
                rs.getObject("campus_id", UUID.class), rs.getString("campus_slug"), rs.getString("campus_name"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getString("academy_code"), rs.getString("academy_name"));
    }
}
