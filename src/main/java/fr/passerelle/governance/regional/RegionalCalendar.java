package fr.passerelle.governance.regional;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.calendar.CalendarItem;
import fr.passerelle.governance.calendar.CalendarSource;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts on a campus's calendar the meetings its director attends outside the campus: those of the bodies of its région
 * and of the national networks it belongs to (a cancelled meeting leaves it). They are kept to the campus team — who
 * all read the région's co-piloting, so a regional meeting links to its page; a network's meeting links nowhere, its
 * page being open to the network's readers only.
 */
@Component
class RegionalCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final CampusRegistry registry;

    RegionalCalendar(JdbcClient jdbc, CampusRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Override
    public List<CalendarItem> items(UUID campusId, LocalDate from, LocalDate to) {
        String region = registry.byId(campusId).map(CampusCard::regionCode).orElse("");
        return jdbc.sql("""
                        select m.id, m.starts_at, m.ends_at, m.place, m.video_link, m.agenda, b.id, b.name, b.region_code
                          from meeting m join governing_body b on b.id = m.body_id
                         where (b.region_code = :region
                                or b.network_id in (select n.network_id from campus_network_member n where n.campus_id = :campus))
                           and m.cancelled_at is null and m.starts_at < :until and m.ends_at >= :from
                         order by m.starts_at""")
                .param("region", region).param("campus", campusId)
                .param("until", Timestamp.valueOf(to.plusDays(1).atStartOfDay())).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String regionCode = rs.getString(9);
                    String place = rs.getString(4) != null ? rs.getString(4) : rs.getString(5);
                    String agenda = rs.getString(6);
                    return new CalendarItem(id + "@passerelle", regionCode != null ? "Réunion régionale" : "Réunion de réseau", rs.getString(8),
                            rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime(), false, place,
                            agenda == null ? null : "Ordre du jour :\n" + agenda, Visibility.BODY, rs.getObject(7, UUID.class),
                            regionCode != null ? "/gestion/regions/" + regionCode + "/reunions/" + id : null);
                })
                .list();
    }
}
