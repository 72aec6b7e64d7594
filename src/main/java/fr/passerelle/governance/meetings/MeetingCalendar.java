package fr.passerelle.governance.meetings;

import fr.passerelle.governance.calendar.CalendarItem;
import fr.passerelle.governance.calendar.CalendarSource;
import fr.passerelle.governance.Visibility;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts the meetings of the campus's governing bodies on its calendar; a cancelled meeting leaves it. */
@Component
class MeetingCalendar implements CalendarSource {

    private final JdbcClient jdbc;

    MeetingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarItem> items(UUID campusId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select m.id, m.starts_at, m.ends_at, m.place, m.video_link, m.agenda, m.visibility, b.id, b.name
                          from meeting m join governing_body b on b.id = m.body_id
                         where b.campus_id = ? and m.cancelled_at is null and m.starts_at < ? and m.ends_at >= ?
                         order by m.starts_at""")
                .params(campusId, Timestamp.valueOf(to.plusDays(1).atStartOfDay()), Timestamp.valueOf(from.atStartOfDay()))
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String place = rs.getString(4) != null ? rs.getString(4) : rs.getString(5);
                    String agenda = rs.getString(6);
                    return new CalendarItem(id + "@passerelle", "Réunion", rs.getString(9), rs.getTimestamp(2).toLocalDateTime(),
                            rs.getTimestamp(3).toLocalDateTime(), false, place, agenda == null ? null : "Ordre du jour :\n" + agenda,
                            Visibility.valueOf(rs.getString(7)), rs.getObject(8, UUID.class),
                            "/gestion/campus/" + campusId + "/reunions/" + id);
                })
                .list();
    }
}
