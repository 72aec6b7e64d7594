package fr.passerelle.indicators.review;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual reviews of a year as lists show them, in SQL over the campus module's published views: every labelled
 * campus of an académie (or of the nation) with its review of the year, begun or not, filtered by status and
 * paginated; and the reviews waiting for an actor, for the landing page.
 */
@Component
class AnnualReviewQueries {

    static final int PAGE_SIZE = 50;
    /** The status of a campus's review of the year, NOT_BEGUN when it has none. */
    private static final String STATUS = "coalesce(r.status, 'NOT_BEGUN')";

    private final JdbcClient jdbc;

    AnnualReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID campusId, String campusName, String academyCode, AnnualReviewStatus status) {
    }

    record Page(List<Row> rows, long total, int page, int pages) {
    }

    /**
     * One page of the year's reviews of the campuses of the académie ({@code academyCode} null: every académie): each
     * campus labelled or having a review of the year, by name.
     */
    @Transactional(readOnly = true)
    Page page(String academyCode, int year, AnnualReviewStatus status, int page) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        StringBuilder where = new StringBuilder(" from campus_published p left join annual_review r on r.campus_id = p.campus_id and r.year = :year"
                + " where (p.label_status = 'LABELLED' or r.id is not null)");
        if (academyCode != null) {
            where.append(" and exists (select 1 from campus_published_academy pa where pa.campus_id = p.campus_id and pa.academy_code = :academy)");
            params.put("academy", academyCode);
        }
        if (status != null) {
            where.append(" and ").append(STATUS).append(" = :status");
            params.put("status", status.name());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        params.put("limit", PAGE_SIZE);
        params.put("offset", (current - 1) * PAGE_SIZE);
        List<Row> rows = total == 0 ? List.of() : jdbc.sql("select p.campus_id, p.name, p.academy_code, " + STATUS + where
                        + " order by p.name, p.campus_id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), AnnualReviewStatus.valueOf(rs.getString(4))))
                .list();
        return new Page(rows, total, current, pages);
    }

    /** How many of the year's reviews stand at each status, in the same scope as {@link #page}. */
    @Transactional(readOnly = true)
    Map<AnnualReviewStatus, Long> counts(String academyCode, int year) {
        Map<AnnualReviewStatus, Long> counts = new java.util.EnumMap<>(AnnualReviewStatus.class);
        for (AnnualReviewStatus s : AnnualReviewStatus.values()) {
            counts.put(s, 0L);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        String academy = "";
        if (academyCode != null) {
            academy = " and exists (select 1 from campus_published_academy pa where pa.campus_id = p.campus_id and pa.academy_code = :academy)";
            params.put("academy", academyCode);
        }
        jdbc.sql("select " + STATUS + ", count(*) from campus_published p left join annual_review r on r.campus_id = p.campus_id and r.year = :year"
                        + " where (p.label_status = 'LABELLED' or r.id is not null)" + academy + " group by 1")
                .params(params)
                .query((rs, n) -> counts.put(AnnualReviewStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** A review waiting for the actor, for the landing page. */
    record Waiting(UUID campusId, String campusName, int year, AnnualReviewStatus status) {

        public String path() {
            return "/gestion/campus/" + campusId + "/bilans/" + year;
        }
    }

    record WaitingList(List<Waiting> first, long count) {
    }

    /** The submitted reviews the academic referent is to acknowledge: those of the campuses whose main académie is theirs. */
    @Transactional(readOnly = true)
    WaitingList toAcknowledge(Actor actor, int limit) {
        if (!actor.is(Role.ACADEMY_REFERENT) || actor.academyCode() == null) {
            return new WaitingList(List.of(), 0);
        }
        String from = " from annual_review r join campus_published p on p.campus_id = r.campus_id where r.status = 'SUBMITTED' and p.academy_code = :academy";
        long count = jdbc.sql("select count(*)" + from).param("academy", actor.academyCode()).query(Long.class).single();
        List<Waiting> first = count == 0 ? List.of() : jdbc.sql("select r.campus_id, p.name, r.year, r.status" + from
                        + " order by r.submitted_at, p.name limit :limit")
                .param("academy", actor.academyCode()).param("limit", limit)
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), AnnualReviewStatus.valueOf(rs.getString(4))))
                .list();
        return new WaitingList(first, count);
    }
}
