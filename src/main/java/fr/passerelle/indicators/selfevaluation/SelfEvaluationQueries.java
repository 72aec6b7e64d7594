package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-evaluations of a campaign as lists show them: in the reader's scope (the campuses whose back office they read
 * in full, as {@code CampusPermissions.canReadEverything} says), filtered by status, région and académie, paginated —
 * all in SQL, over the campus module's published views. The deadline now running is computed in SQL as the aggregate
 * computes it ({@link SelfEvaluation#currentDeadline}).
 */
@Component
class SelfEvaluationQueries {

    static final int PAGE_SIZE = 50;

    /** The deadline now running: the later of the campus's own and the campaign's, per status. */
    static final String DEADLINE = """
            case
              when se.status = 'DRAFT' then greatest(se.submission_due, k.submission_due)
              when se.status = 'RETURNED' then greatest(se.submission_due, k.submission_due,
                   case se.returned_by when 'ACADEMY' then greatest(se.review_due, k.review_due)
                                       when 'REGION' then greatest(se.validation_due, k.validation_due) end)
              when se.status = 'AT_ACADEMY' then greatest(se.review_due, k.review_due)
              when se.status = 'AT_REGION' then greatest(se.validation_due, k.validation_due)
            end""";

    private final JdbcClient jdbc;

    SelfEvaluationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the reader may filter on, and the page wanted. */
    record Filter(SelfEvaluationStatus status, String regionCode, String academyCode, int page) {
    }

    record Row(UUID campusId, String campusName, String regionCode, String academyCode, SelfEvaluationStatus status, LocalDate deadline,
               boolean overdue, boolean readNationally) {

        public String deadlineText() {
            return deadline == null ? "—" : SelfEvaluationView.DAY.format(deadline);
        }
    }

    record Page(List<Row> rows, long total, int page, int pages) {
    }

    /** The scope of the reader as a SQL condition on {@code se} and {@code p} (campus_published), with its parameters. */
    private record Scope(String sql, Map<String, Object> params) {
    }

    private static Scope scope(Actor actor) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> new Scope("true", Map.of());
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> actor.regionCode() == null ? none()
                    : new Scope("p.region_code = :scopeRegion", Map.of("scopeRegion", actor.regionCode()));
            case ACADEMY_REFERENT -> actor.academyCode() == null ? none()
                    : new Scope("exists (select 1 from campus_published_academy pa where pa.campus_id = se.campus_id and pa.academy_code = :scopeAcademy)",
                    Map.of("scopeAcademy", actor.academyCode()));
            case OPERATIONAL_DIRECTOR -> actor.campusId() == null ? none()
                    : new Scope("se.campus_id = :scopeCampus", Map.of("scopeCampus", actor.campusId()));
            case LABOUR_CORRESPONDENT -> actor.followedCampusIds().isEmpty() ? none()
                    : new Scope("se.campus_id in (:scopeCampuses)", Map.of("scopeCampuses", List.copyOf(actor.followedCampusIds())));
            default -> none();
        };
    }

    private static Scope none() {
        return new Scope("false", Map.of());
    }

    /** For each campaign year, how many self-evaluations are in the reader's scope, and how many of them are validated. */
    @Transactional(readOnly = true)
    Map<Integer, long[]> countsByYear(Actor actor) {
        Scope scope = scope(actor);
        Map<Integer, long[]> counts = new HashMap<>();
        jdbc.sql("select se.campaign_year, count(*), count(*) filter (where se.status = 'VALIDATED') from self_evaluation se "
                        + "join campus_published p on p.campus_id = se.campus_id where " + scope.sql() + " group by se.campaign_year")
                .params(scope.params())
                .query((rs, n) -> counts.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return counts;
    }

    /** How many self-evaluations of the campaign stand at each status, in the reader's scope. */
    @Transactional(readOnly = true)
    Map<SelfEvaluationStatus, Long> countsByStatus(Actor actor, int year) {
        Scope scope = scope(actor);
        Map<SelfEvaluationStatus, Long> counts = new java.util.EnumMap<>(SelfEvaluationStatus.class);
        for (SelfEvaluationStatus s : SelfEvaluationStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select se.status, count(*) from self_evaluation se join campus_published p on p.campus_id = se.campus_id "
                        + "where se.campaign_year = :year and " + scope.sql() + " group by se.status")
                .params(scope.params()).param("year", year)
                .query((rs, n) -> counts.put(SelfEvaluationStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** One page of the campaign's self-evaluations in the reader's scope, by campus name. */
    @Transactional(readOnly = true)
    Page page(Actor actor, int year, Filter filter, LocalDate today) {
        Scope scope = scope(actor);
        StringBuilder where = new StringBuilder(" from self_evaluation se join self_evaluation_campaign k on k.year = se.campaign_year"
                + " join campus_published p on p.campus_id = se.campus_id where se.campaign_year = :year and ").append(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("year", year);
        if (filter.status() != null) {
            where.append(" and se.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.regionCode() != null) {
            where.append(" and p.region_code = :region");
            params.put("region", filter.regionCode());
        }
        if (filter.academyCode() != null) {
            where.append(" and exists (select 1 from campus_published_academy fa where fa.campus_id = se.campus_id and fa.academy_code = :academy)");
            params.put("academy", filter.academyCode());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(filter.page(), 1), pages);
        params.put("limit", PAGE_SIZE);
        params.put("offset", (page - 1) * PAGE_SIZE);
        List<Row> rows = total == 0 ? List.of() : jdbc.sql("select se.campus_id, p.name, p.region_code, p.academy_code, se.status, "
                        + DEADLINE + " as deadline, se.read_nationally_at is not null as read" + where
                        + " order by p.name, se.campus_id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject(6, LocalDate.class);
                    return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            SelfEvaluationStatus.valueOf(rs.getString(5)), deadline, deadline != null && today.isAfter(deadline), rs.getBoolean(7));
                }).list();
        return new Page(rows, total, page, pages);
    }

    /** A self-evaluation waiting for someone, for the landing panel. */
    record Waiting(UUID campusId, String campusName, int year, SelfEvaluationStatus status, LocalDate deadline) {

        public String deadlineText() {
            return deadline == null ? null : SelfEvaluationView.DAY.format(deadline);
        }

        public String path() {
            return "/gestion/campus/" + campusId + "/auto-evaluation/" + year;
        }
    }

    record WaitingList(long count, List<Waiting> first) {
    }

    /**
     * The self-evaluations of open campaigns waiting for the actor's act: the director's own campus's while in their hands,
     * those at the academic referent's main académie, those at the regional coordinator's région, and the validated ones
     * not yet read nationally. Null when the actor acts on none.
     */
    @Transactional(readOnly = true)
    WaitingList waitingFor(Actor actor, int limit) {
        String condition;
        Map<String, Object> params = new HashMap<>();
        switch (actor.role()) {
            case OPERATIONAL_DIRECTOR -> {
                if (actor.campusId() == null) {
                    return null;
                }
                condition = "se.campus_id = :campus and se.status in ('DRAFT', 'RETURNED')";
                params.put("campus", actor.campusId());
            }
            case ACADEMY_REFERENT -> {
                if (actor.academyCode() == null) {
                    return null;
                }
                condition = "p.academy_code = :academy and se.status = 'AT_ACADEMY'";
                params.put("academy", actor.academyCode());
            }
            case REGIONAL_COORDINATOR -> {
                if (actor.regionCode() == null) {
                    return null;
                }
                condition = "p.region_code = :region and se.status = 'AT_REGION'";
                params.put("region", actor.regionCode());
            }
            case NATIONAL_ADMIN -> condition = "se.status = 'VALIDATED' and se.read_nationally_at is null";
            default -> {
                return null;
            }
        }
        String from = " from self_evaluation se join self_evaluation_campaign k on k.year = se.campaign_year"
                + " join campus_published p on p.campus_id = se.campus_id where k.closed_at is null and " + condition;
        long count = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        params.put("limit", limit);
        List<Waiting> first = count == 0 ? List.of() : jdbc.sql("select se.campus_id, p.name, se.campaign_year, se.status, " + DEADLINE + " as deadline"
                        + from + " order by deadline nulls last, p.name limit :limit")
                .params(params)
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        SelfEvaluationStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class))).list();
        return new WaitingList(count, first);
    }

    /** A self-evaluation whose running deadline comes within {@code days}, for the reminders. */
    record Due(UUID id, UUID campusId, String campusName, String regionCode, String academyCode, int year, SelfEvaluationStatus status,
               LocalDate deadline) {

        Stage stage() {
            return switch (status) {
                case DRAFT, RETURNED -> Stage.SUBMISSION;
                case AT_ACADEMY -> Stage.REVIEW;
                case AT_REGION -> Stage.VALIDATION;
                case VALIDATED -> null;
            };
        }
    }

    /** The self-evaluations of open campaigns still to act on whose running deadline falls from today to {@code days} later. */
    @Transactional(readOnly = true)
    List<Due> dueWithin(LocalDate today, int days) {
        return jdbc.sql("select * from (select se.id, se.campus_id, p.name, p.region_code, p.academy_code, se.campaign_year, se.status, "
                        + DEADLINE + " as deadline from self_evaluation se join self_evaluation_campaign k on k.year = se.campaign_year"
                        + " join campus_published p on p.campus_id = se.campus_id where k.closed_at is null and se.status <> 'VALIDATED') d"
                        + " where d.deadline between :today and :until")
                .param("today", today).param("until", today.plusDays(days))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), SelfEvaluationStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class)))
                .list();
    }
}
