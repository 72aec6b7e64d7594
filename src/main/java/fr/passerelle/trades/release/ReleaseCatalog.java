package fr.passerelle.trades.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The releases as their rows say, whichever node imports them. */
@Component
class ReleaseCatalog {

    private static final String COLUMNS = """
            id, version, title, published_on, source, status, is_current, step, rows_done, rows_total, problem_count, counts::text as counts,
            problems::text as problems, error, started_at, finished_at, status = 'IMPORTING' and (heartbeat_at is null or heartbeat_at < ?) as interrupted""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ReleaseCatalog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Every release, the newest first (rejected rows left out). */
    @Transactional(readOnly = true)
    List<ReleaseView> all() {
        return jdbc.sql("select " + COLUMNS.replace("problems::text as problems", "'[]' as problems") + " from rome_release order by version desc")
                .param(staleBefore()).query(this::view).list();
    }

    @Transactional(readOnly = true)
    Optional<ReleaseView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from rome_release where id = ?").params(staleBefore(), id).query(this::view).optional();
    }

    @Transactional(readOnly = true)
    Optional<ReleaseView> byVersion(int version) {
        return jdbc.sql("select " + COLUMNS + " from rome_release where version = ?").params(staleBefore(), version).query(this::view).optional();
    }

    private Timestamp staleBefore() {
        return Timestamp.from(Instant.now(clock).minus(ReleaseImports.STALE));
    }

    private ReleaseView view(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReleaseView(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("title"),
                rs.getObject("published_on", java.time.LocalDate.class), rs.getString("source"), rs.getString("status"), rs.getBoolean("is_current"),
                rs.getBoolean("interrupted"), rs.getString("step"), rs.getInt("rows_done"), rs.getInt("rows_total"), rs.getInt("problem_count"),
                json.readValue(rs.getString("counts"), new TypeReference<Map<String, Integer>>() { }),
                json.readValue(rs.getString("problems"), new TypeReference<List<ReleaseProblem>>() { }), rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
