package fr.passerelle.governance.calendar;

import fr.passerelle.governance.CampusAudience;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Text;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private iCal feeds of a campus's calendar: its public and partner items (not those kept to a body's members). Each
 * feed has a secret token (256 random bits) in its URL, so that partners subscribe from their calendar without
 * logging in; revoking a token ends that feed at once.
 */
@Service
public class CalendarFeeds {

    /** Changes are audited on the campus, where its history page shows them. */
    static final String AUDITED = "campus";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CampusCalendar calendar;
    private final AuditTrail audit;
    private final CampusRegistry registry;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, CampusCalendar calendar, AuditTrail audit, CampusRegistry registry, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public record Feed(UUID id, String token, String label, Instant createdAt) {
    }

    @Transactional
    Feed issue(Actor actor, UUID campusId, String label) {
        registry.requireManageable(actor, campusId);
        String name = label == null || label.isBlank() ? "Agenda des instances" : label.strip();
        if (Text.longerThan(name, 150)) {
            throw new BusinessRuleException("label", Text.tooLong("Le nom du lien", name, 150));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        var feed = new Feed(UUID.randomUUID(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret), name, Instant.now(clock));
        jdbc.sql("insert into calendar_feed (id, campus_id, token, label, created_at) values (?, ?, ?, ?, ?)")
                .params(feed.id(), campusId, feed.token(), feed.label(), Timestamp.from(feed.createdAt())).update();
        audit.record(AUDITED, campusId, "AGENDA_PARTAGE", "Lien d'agenda créé : " + name,
                List.of(new AuditTrail.Change("Agenda partagé", null, name)));
        return feed;
    }

    @Transactional
    void revoke(Actor actor, UUID campusId, UUID feedId) {
        registry.requireManageable(actor, campusId);
        String label = jdbc.sql("update calendar_feed set revoked_at = ? where id = ? and campus_id = ? and revoked_at is null returning label")
                .params(Timestamp.from(Instant.now(clock)), feedId, campusId).query(String.class).optional()
                .orElseThrow(() -> new BusinessRuleException(null, "Ce lien d'agenda n'existe plus."));
        audit.record(AUDITED, campusId, "AGENDA_REVOQUE", "Lien d'agenda révoqué : " + label,
                List.of(new AuditTrail.Change("Agenda partagé", label, null)));
    }

    @Transactional(readOnly = true)
    /** The links of the campus not revoked, for those who run its life, who share them. */
    public List<Feed> active(Actor actor, UUID campusId) {
        registry.requireManageable(actor, campusId);
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
        return calendar.ics(label, calendar.feedItems(CampusAudience.partners(campusId)));
    }
}
