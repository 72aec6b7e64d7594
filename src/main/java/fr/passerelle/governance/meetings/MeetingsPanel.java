package fr.passerelle.governance.meetings;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import fr.passerelle.platform.Times;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings waiting for the actor, on the landing page. The operational director sees the coming meetings of their
 * campus and the past ones whose minutes are still to record; a partner member the coming meetings of the campuses
 * their organisation partners that are open to partners, or to a body they sit on — the items the meeting page shows
 * them. Counted and listed (the first {@link #LISTED}) in SQL; times in Europe/Paris, as meetings are recorded.
 */
@Component
class MeetingsPanel implements LandingPanel {

    static final int LISTED = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final JdbcClient jdbc;
    private final CampusRegistry registry;
    private final Directory directory;
    private final Clock clock;

    MeetingsPanel(JdbcClient jdbc, CampusRegistry registry, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    /** Meetings counted and the first ones, each with the page that shows it. */
    record Meetings(long count, List<Item> items) {
    }

    record Item(String body, String when, String campusName, String path) {
    }

    record Data(Meetings coming, Meetings withoutMinutes, boolean severalCampuses) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Panel> panel(Actor actor) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.current().zone()));
        if (actor.role() == Role.OPERATIONAL_DIRECTOR && actor.campusId() != null && registry.canManage(actor, actor.campusId())) {
            List<UUID> campus = List.of(actor.campusId());
            return Optional.of(new Panel("governance/meetings-panel", new Data(coming(campus, null, now),
                    withoutMinutes(campus, now), false)));
        }
        if (actor.role() == Role.PARTNER_MEMBER && actor.organisationId() != null) {
            List<UUID> campuses = directory.campusesOf(actor.organisationId());
            if (campuses.isEmpty()) {
                return Optional.empty();
            }
            List<UUID> people = directory.peopleWithEmail(actor.email());
            List<UUID> bodies = people.isEmpty() ? List.of() : jdbc.sql("""
                            select m.body_id from body_member m join governing_body b on b.id = m.body_id
                             where m.ended_on is null and m.person_id in (:people) and b.campus_id in (:campuses)""")
                    .param("people", people).param("campuses", campuses).query(UUID.class).list();
            return Optional.of(new Panel("governance/meetings-panel", new Data(coming(campuses, bodies, now), null, campuses.size() > 1)));
        }
        return Optional.empty();
    }

    /**
     * The meetings of the campuses still to come or under way, soonest first; all of them when {@code bodies} is null
     * (those who run the campus), else those open to the public or partners and those of the bodies given.
     */
    Meetings coming(List<UUID> campuses, List<UUID> bodies, LocalDateTime now) {
        String where = " from meeting m join governing_body b on b.id = m.body_id where b.campus_id in (:campuses) and m.ends_at > :now"
                + (bodies == null ? "" : " and (m.visibility in ('PUBLIC', 'PARTNERS')" + (bodies.isEmpty() ? ")" : " or m.body_id in (:bodies))"));
        return meetings(where, campuses, bodies, now, "m.starts_at");
    }

    /** The meetings of the campuses over, whose minutes are neither written nor filed, most recent first. */
    Meetings withoutMinutes(List<UUID> campuses, LocalDateTime now) {
        String where = """
                 from meeting m join governing_body b on b.id = m.body_id
                where b.campus_id in (:campuses) and m.ends_at <= :now and m.minutes is null
                  and not exists (select 1 from meeting_minutes_file f where f.meeting_id = m.id)""";
        return meetings(where, campuses, null, now, "m.starts_at desc");
    }

    private Meetings meetings(String where, List<UUID> campuses, List<UUID> bodies, LocalDateTime now, String order) {
        var count = jdbc.sql("select count(*)" + where).param("campuses", campuses).param("now", Timestamp.valueOf(now));
        var list = jdbc.sql("select m.id, m.starts_at, b.name, b.campus_id" + where + " order by " + order + " limit " + LISTED)
                .param("campuses", campuses).param("now", Timestamp.valueOf(now));
        if (bodies != null && !bodies.isEmpty()) {
            count = count.param("bodies", bodies);
            list = list.param("bodies", bodies);
        }
        long total = count.query(Long.class).single();
        List<Row> rows = total == 0 ? List.of() : list.query((rs, n) -> row(rs)).list();
        Map<UUID, String> names = new java.util.HashMap<>();
        rows.forEach(r -> names.computeIfAbsent(r.campusId(), id -> registry.byId(id).map(c -> c.name()).orElse("")));
        return new Meetings(total, rows.stream().map(r -> new Item(r.body(), WHEN.format(r.startsAt()), names.get(r.campusId()),
                "/gestion/campus/" + r.campusId() + "/reunions/" + r.id())).toList());
    }

    private record Row(UUID id, LocalDateTime startsAt, String body, UUID campusId) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getObject(4, UUID.class));
    }
}
