package fr.passerelle.jobs.cvbank;

import fr.passerelle.platform.Times;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CV bank's reads, in SQL, for 10^6 candidates: only candidates whose latest CV-bank consent is given and whose
 * profile is active today (updated less than six months ago, the rule of {@code jobs.candidates}); filtered on the GIN
 * indexes of job titles and skills, the level and the place copied by the database (V93), paginated with a capped count.
 */
@Component
class CvBankQuery {

    /** The count stops there: beyond, the page says « plus de 1 000 ». */
    static final int COUNT_CAP = 1000;
    static final int PAGE_SIZE = 20;

    /** A candidate as the result list shows them (no name: the name is read on the profile, and that view is recorded). */
    record Row(UUID id, List<Integer> jobTitles, List<Integer> skills, String municipalityCode, Integer radiusKm, LocalDate availableFrom,
               Integer highestLevel, Instant updatedAt) {
    }

    /** A place resolved: the commune's centre. */
    record Centre(double latitude, double longitude) {
    }

    /** A profile read in full. */
    record Profile(Row row, UUID accountId, List<Integer> knowledge, List<String> diplomas, List<Experience> experiences, Cv cv) {
    }

    record Experience(String employer, String job, LocalDate startedOn, LocalDate endedOn) {
    }

    record Cv(String fileName, int size, Instant uploadedAt) {
    }

    private static final String COLUMNS = """
            c.id, c.job_titles, c.skills, c.mobility_municipality, c.mobility_radius_km, c.available_from, c.highest_level, c.updated_at""";

    /** The candidates the CV bank shows, whatever the search: consenting, with an active profile. */
    private static final String READABLE = """
            (select k.given from candidate_consent k where k.candidate_id = c.id and k.purpose = 'CV_BANK' order by k.id desc limit 1)
            and c.updated_at >= :activeSince
            and ((c.updated_at at time zone :zone)::date + interval '6 months')::date > :today""";

    private static final String DISTANCE = """
            (12742 * asin(sqrt(power(sin(radians(c.mobility_latitude - :lat) / 2), 2)
                + cos(radians(:lat)) * cos(radians(c.mobility_latitude)) * power(sin(radians(c.mobility_longitude - :lon) / 2), 2))))""";

    private final JdbcClient jdbc;

    CvBankQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the candidates matching, most recently updated first, and how many match (capped). */
    Page search(CvBankSearch search, List<Integer> tradeJobTitles, Centre centre, LocalDate today, int size, int offset) {
        List<String> where = new ArrayList<>();
        var spec = new java.util.LinkedHashMap<String, Object>();
        filters(search, tradeJobTitles, centre, today, where, spec);
        String from = " from candidate c where " + String.join(" and ", where);
        JdbcClient.StatementSpec rows = jdbc.sql("select " + COLUMNS + from + " order by c.updated_at desc, c.id limit :limit offset :offset");
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from (select 1" + from + " limit " + (COUNT_CAP + 1) + ") x");
        for (var e : spec.entrySet()) {
            rows = rows.param(e.getKey(), e.getValue());
            count = count.param(e.getKey(), e.getValue());
        }
        List<Row> found = rows.param("limit", size).param("offset", offset).query((rs, n) -> row(rs)).list();
        int total = count.query(Integer.class).single();
        return new Page(found, total);
    }

    record Page(List<Row> rows, int total) {
    }

    /** The profile if the CV bank shows it today. */
    Optional<Profile> profile(UUID id, LocalDate today) {
        List<String> where = new ArrayList<>(List.of("c.id = :id"));
        var spec = new java.util.LinkedHashMap<String, Object>();
        spec.put("id", id);
        readable(today, where, spec);
        JdbcClient.StatementSpec statement = jdbc.sql("select " + COLUMNS + ", c.account_id, c.knowledge, c.diplomas from candidate c where "
                + String.join(" and ", where));
        for (var e : spec.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        return statement.query((rs, n) -> new Profile(row(rs), rs.getObject("account_id", UUID.class), integers(rs.getArray("knowledge")),
                        strings(rs.getArray("diplomas")), List.of(), null)).optional()
                .map(p -> new Profile(p.row(), p.accountId(), p.knowledge(), p.diplomas(), experiences(id), cv(id).orElse(null)));
    }

    /** The CV file's content, if the candidate sent one. */
    Optional<byte[]> cvContent(UUID id) {
        return jdbc.sql("select content from candidate_cv where candidate_id = ?").param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private Optional<Cv> cv(UUID id) {
        return jdbc.sql("select file_name, size_bytes, uploaded_at from candidate_cv where candidate_id = ?").param(id)
                .query((rs, n) -> new Cv(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).optional();
    }

    private List<Experience> experiences(UUID id) {
        return jdbc.sql("select employer, job, started_on, ended_on from candidate_experience where candidate_id = ? order by started_on desc, position")
                .param(id)
                .query((rs, n) -> new Experience(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    private void filters(CvBankSearch search, List<Integer> tradeJobTitles, Centre centre, LocalDate today, List<String> where,
                         java.util.Map<String, Object> spec) {
        readable(today, where, spec);
        if (search.jobTitle() != null) {
            where.add("c.job_titles @> array[cast(:jobTitle as integer)]");
            spec.put("jobTitle", search.jobTitle());
        }
        if (tradeJobTitles != null) {
            if (tradeJobTitles.isEmpty()) {
                where.add("false");
            } else {
                where.add("c.job_titles && cast(array[:tradeJobTitles] as integer[])");
                spec.put("tradeJobTitles", tradeJobTitles);
            }
        }
        if (search.skill() != null) {
            where.add("c.skills @> array[cast(:skill as integer)]");
            spec.put("skill", search.skill());
        }
        if (search.level() != null) {
            where.add("c.highest_level >= :level");
            spec.put("level", search.level());
        }
        if (centre != null) {
            spec.put("lat", centre.latitude());
            spec.put("lon", centre.longitude());
            where.add("c.mobility_latitude is not null");
            if (search.km() != null) {
                double dLat = search.km() / 111.0;
                double dLon = search.km() / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(centre.latitude()))));
                where.add("c.mobility_latitude between :minLat and :maxLat and c.mobility_longitude between :minLon and :maxLon");
                where.add(DISTANCE + " <= :km");
                spec.put("minLat", centre.latitude() - dLat);
                spec.put("maxLat", centre.latitude() + dLat);
                spec.put("minLon", centre.longitude() - dLon);
                spec.put("maxLon", centre.longitude() + dLon);
                spec.put("km", search.km());
            } else {
                where.add(DISTANCE + " <= coalesce(c.mobility_radius_km, 0) + 0.5");
            }
        }
    }

    private static void readable(LocalDate today, List<String> where, java.util.Map<String, Object> spec) {
        where.add(READABLE);
        // A bound the index on updated_at serves, a little wider than the exact rule that follows it.
        spec.put("activeSince", Timestamp.from(today.minusMonths(6).minusDays(3).atStartOfDay(Times.current().zone()).toInstant()));
        spec.put("zone", Times.current().zone().getId());
        spec.put("today", today);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), integers(rs.getArray("job_titles")), integers(rs.getArray("skills")),
                rs.getString("mobility_municipality"), rs.getObject("mobility_radius_km", Integer.class),
                rs.getObject("available_from", LocalDate.class), rs.getObject("highest_level", Integer.class),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Integer[]) array.getArray()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).toList();
    }
}
