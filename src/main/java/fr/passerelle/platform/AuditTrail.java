package fr.passerelle.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit trail of business data: who changed what, when, before and after. Written in the transaction of
 * the change it records, so that a change and its trace are committed (or rolled back) together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** One field's value before and after a change, as shown to people. */
    public record Change(String field, String before, String after) {
    }

    public record Entry(Instant occurredAt, String actor, String action, String summary, List<Change> changes) {

        /** When, in Paris time, for people. */
        public String when() {
            return Times.current().stamp(occurredAt);
        }
    }

    /** Collects the fields whose value differs, with their French labels. */
    public static final class Diff {
        private final List<Change> changes = new ArrayList<>();

        public Diff field(String label, Object before, Object after) {
            String b = display(before);
            String a = display(after);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(label, b, a));
            }
            return this;
        }

        public List<Change> changes() {
            return List.copyOf(changes);
        }

        public boolean isEmpty() {
            return changes.isEmpty();
        }

        private static String display(Object value) {
            if (value == null) {
                return null;
            }
            String text = value.toString().strip();
            return text.isEmpty() ? null : text;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, UUID entityId, String action, String summary, List<Change> changes) {
        recordBy(currentActor(), entityType, entityId, action, summary, changes);
    }

    /**
     * As {@link #record}, for an act whose author is not the logged-in person: someone who proved who they are
     * otherwise (the owner of an account, through a link e-mailed to them), named here.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBy(String actor, String entityType, UUID entityId, String action, String summary, List<Change> changes) {
        jdbc.sql("""
                        insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, summary, changes)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(Timestamp.from(Instant.now(clock)), actor, entityType, entityId, action, summary,
                        json.writeValueAsString(changes))
                .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> history(String entityType, UUID entityId) {
        return jdbc.sql("""
                        select occurred_at, actor, action, summary, changes::text as changes from audit_entry
                        where entity_type = ? and entity_id = ? order by occurred_at desc, id desc""")
                .params(entityType, entityId)
                .query((rs, n) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("summary"),
                        json.readValue(rs.getString("changes"), new TypeReference<List<Change>>() { })))
                .list();
    }

    /** One page of a record's history, newest first; {@code olderThan} is where the next, older page starts (null at the end). */
    public record Page(List<Entry> entries, Long olderThan) {

        public boolean hasOlder() {
            return olderThan != null;
        }
    }

    /**
     * At most {@code size} entries of a record's history, newest first, older than the entry {@code before} (from the
     * newest when null). Paged in SQL by key on (occurred_at, id), so that the thousandth page costs what the first
     * does. Two statements rather than one with "or :before is null", which a generic plan of a prepared statement
     * turns into a filter over the whole history (seconds for 10^6 entries instead of a fraction of a millisecond).
     */
    @Transactional(readOnly = true)
    public Page page(String entityType, UUID entityId, Long before, int size) {
        record Row(long id, Entry entry) {
        }
        String sql = "select id, occurred_at, actor, action, summary, changes::text as changes from audit_entry"
                + " where entity_type = :type and entity_id = :entity"
                + (before == null ? "" : " and (occurred_at, id) < (select b.occurred_at, b.id from audit_entry b where b.id = :before)")
                + " order by occurred_at desc, id desc limit :limit";
        var statement = jdbc.sql(sql).param("type", entityType).param("entity", entityId).param("limit", size + 1);
        List<Row> rows = (before == null ? statement : statement.param("before", before))
                .query((rs, n) -> new Row(rs.getLong("id"), new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("summary"),
                        json.readValue(rs.getString("changes"), new TypeReference<List<Change>>() { }))))
                .list();
        boolean more = rows.size() > size;
        List<Row> shown = more ? rows.subList(0, size) : rows;
        return new Page(shown.stream().map(Row::entry).toList(), more ? shown.get(shown.size() - 1).id() : null);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "système" : authentication.getName();
    }
}
