package fr.passerelle.governance;

import fr.passerelle.platform.AuditTrail;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private iCal feeds of a campus's meetings. Each feed has a secret token (256 random bits) in its URL, so that
 * members subscribe from their calendar without logging in; revoking a token ends that feed at once.
 */
@Service
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));

    private final JdbcClient jdbc;
    private final Governance governance;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Governance governance, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.governance = governance;
        this.audit = audit;
        this.clock = clock;
    }

    record Feed(UUID id, String token, String label, Instant createdAt) {
    }

    @Transactional
    Feed issue(UUID campusId, String label) {
        String name = label == null || label.isBlank() ? "Agenda des instances" : label.strip();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        var feed = new Feed(UUID.randomUUID(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret), name, Instant.now(clock));
        jdbc.sql("insert into calendar_feed (id, campus_id, token, label, created_at) values (?, ?, ?, ?, ?)")
                .params(feed.id(), campusId, feed.token(), feed.label(), Timestamp.from(feed.createdAt())).update();
        audit.record(Governance.AUDITED, campusId, "AGENDA_PARTAGE", "Lien d'agenda créé : " + name,
                List.of(new AuditTrail.Change("Agenda partagé", null, name)));
        return feed;
    }

    @Transactional
    void revoke(UUID campusId, UUID feedId) {
        String label = jdbc.sql("update calendar_feed set revoked_at = ? where id = ? and campus_id = ? and revoked_at is null returning label")
                .params(Timestamp.from(Instant.now(clock)), feedId, campusId).query(String.class).optional()
                .orElseThrow(() -> new GovernanceException(null, "Ce lien d'agenda n'existe plus."));
        audit.record(Governance.AUDITED, campusId, "AGENDA_REVOQUE", "Lien d'agenda révoqué : " + label,
                List.of(new AuditTrail.Change("Agenda partagé", label, null)));
    }

    @Transactional(readOnly = true)
    List<Feed> active(UUID campusId) {
        return jdbc.sql("select id, token, label, created_at from calendar_feed where campus_id = ? and revoked_at is null order by created_at")
                .param(campusId)
                .query((rs, n) -> new Feed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The iCalendar document of the feed, or nothing when the token is unknown or revoked. */
    @Transactional(readOnly = true)
    Optional<String> calendar(String token) {
        return jdbc.sql("select campus_id, label from calendar_feed where token = ? and revoked_at is null").param(token)
                .query((rs, n) -> render(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    private String render(UUID campusId, String label) {
        var ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Passerelle//Campus des métiers et des qualifications//FR")
                .line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH").property("X-WR-CALNAME", label).line("X-WR-TIMEZONE:Europe/Paris");
        String stamp = UTC.format(Instant.now(clock));
        for (var body : governance.bodiesOf(campusId)) {
            for (var meeting : body.meetings()) {
                ics.line("BEGIN:VEVENT")
                        .line("UID:" + meeting.id() + "@passerelle")
                        .line("DTSTAMP:" + stamp)
                        .line("DTSTART:" + utc(meeting.startsAt()))
                        .line("DTEND:" + utc(meeting.endsAt()))
                        .property("SUMMARY", body.name())
                        .property("LOCATION", meeting.place() != null ? meeting.place() : meeting.videoLink())
                        .property("DESCRIPTION", meeting.agenda() == null ? null : "Ordre du jour :\n" + meeting.agenda())
                        .line("END:VEVENT");
            }
        }
        return ics.line("END:VCALENDAR").toString();
    }

    private static String utc(LocalDateTime parisTime) {
        return UTC.format(parisTime.atZone(PARIS).toInstant());
    }

    /** Writes RFC 5545 content lines: escaped text, folded at 75 octets, CRLF line ends. */
    static final class IcsWriter {
        private final StringBuilder out = new StringBuilder();

        IcsWriter line(String line) {
            byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int start = 0;
            boolean first = true;
            while (start < bytes.length) {
                int limit = first ? 75 : 74;
                int end = Math.min(bytes.length, start + limit);
                while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                    end--; // never split a UTF-8 character
                }
                out.append(first ? "" : " ").append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
                start = end;
                first = false;
            }
            return this;
        }

        IcsWriter property(String name, String text) {
            if (text == null || text.isBlank()) {
                return this;
            }
            return line(name + ":" + text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                    .replace("\r\n", "\\n").replace("\n", "\\n"));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
