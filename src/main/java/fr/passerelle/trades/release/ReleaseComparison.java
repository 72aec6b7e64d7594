package fr.passerelle.trades.release;

import fr.passerelle.trades.RomeItemKind;
import fr.passerelle.trades.RomeReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed from one release to another, in SQL: the fiches, job titles, skills, savoirs and work contexts added,
 * renamed (same code, another label) and removed; and what in the platform still points at a removed one, as each
 * module's {@link RomeReferences} says.
 */
@Component
public class ReleaseComparison {

    static final int PAGE_SIZE = 50;

    public enum Change {
        ADDED("Ajouts", "o.key is null"),
        RENAMED("Renommages", "o.key is not null and n.key is not null and o.label <> n.label"),
        REMOVED("Suppressions", "n.key is null");

        private final String label;
        private final String condition;

        Change(String label, String condition) {
            this.label = label;
            this.condition = condition;
        }

        public String label() {
            return label;
        }
    }

    /** How many items of a kind each change concerns. */
    public record Counts(RomeItemKind kind, long added, long renamed, long removed) {

        public long of(Change change) {
            return switch (change) {
                case ADDED -> added;
                case RENAMED -> renamed;
                case REMOVED -> removed;
            };
        }
    }

    /** An item that changed: its code, its label before (null when added) and after (null when removed). */
    public record Item(String code, String before, String after) {
    }

    /** One page of the items of a kind that a change concerns. */
    public record ItemPage(RomeItemKind kind, Change change, List<Item> items, int page, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    private final JdbcClient jdbc;
    private final List<RomeReferences> references;

    ReleaseComparison(JdbcClient jdbc, List<RomeReferences> references) {
        this.jdbc = jdbc;
        this.references = references;
    }

    @Transactional(readOnly = true)
    List<Counts> counts(UUID older, UUID newer) {
        List<Counts> counts = new ArrayList<>();
        for (RomeItemKind kind : RomeItemKind.values()) {
            counts.add(jdbc.sql(both(kind) + """
                            select count(*) filter (where %s), count(*) filter (where %s), count(*) filter (where %s)
                              from o full join n on n.key = o.key""".formatted(Change.ADDED.condition, Change.RENAMED.condition, Change.REMOVED.condition))
                    .param("older", older).param("newer", newer)
                    .query((rs, i) -> new Counts(kind, rs.getLong(1), rs.getLong(2), rs.getLong(3))).single());
        }
        return counts;
    }

    @Transactional(readOnly = true)
    ItemPage items(UUID older, UUID newer, RomeItemKind kind, Change change, int page) {
        long total = jdbc.sql(both(kind) + "select count(*) from o full join n on n.key = o.key where " + change.condition)
                .param("older", older).param("newer", newer).query(Long.class).single();
        int shown = Math.max(1, Math.min(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        List<Item> items = jdbc.sql(both(kind) + """
                        select coalesce(n.key, o.key) as key, o.label as before, n.label as after
                          from o full join n on n.key = o.key where %s
                         order by coalesce(n.sort, o.sort) limit :limit offset :offset""".formatted(change.condition))
                .param("older", older).param("newer", newer).param("limit", PAGE_SIZE).param("offset", (shown - 1) * PAGE_SIZE)
                .query((rs, i) -> new Item(rs.getString("key"), rs.getString("before"), rs.getString("after"))).list();
        return new ItemPage(kind, change, items, shown, total);
    }

    /** What every module still points at among the items the newer release removed. */
    @Transactional(readOnly = true)
    List<RomeReferences.Reference> referencesToRemoved(UUID older, UUID newer) {
        List<RomeReferences.Reference> found = new ArrayList<>();
        for (RomeItemKind kind : RomeItemKind.values()) {
            List<String> removed = jdbc.sql(both(kind) + "select o.key from o left join n on n.key = o.key where n.key is null order by o.sort")
                    .param("older", older).param("newer", newer).query(String.class).list();
            if (!removed.isEmpty()) {
                references.forEach(module -> found.addAll(module.referencesTo(kind, removed)));
            }
        }
        return found;
    }

    /** The items of a kind in the older release (o) and the newer (n): key, label, and a key to sort by. */
    private static String both(RomeItemKind kind) {
        String items = switch (kind) {
            case TRADE -> "select code as key, code as sort, label from rome_trade";
            case JOB_TITLE -> "select ogr::text as key, lpad(ogr::text, 10, '0') as sort, label from rome_job_title";
            case SKILL -> "select ogr::text as key, lpad(ogr::text, 10, '0') as sort, label from rome_skill";
            case KNOWLEDGE -> "select ogr::text as key, lpad(ogr::text, 10, '0') as sort, label from rome_knowledge";
            case WORK_CONTEXT -> "select ogr::text as key, lpad(ogr::text, 10, '0') as sort, label from rome_work_context";
        };
        return "with o as (" + items + " where release_id = :older), n as (" + items + " where release_id = :newer) ";
    }
}
