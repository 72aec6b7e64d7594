package fr.passerelle.notifications;

import fr.passerelle.platform.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifies accounts. {@link #send(Notice)} is the API of other modules: call it inside the transaction of the
 * action the notice is about; the notifications are stored in that transaction and e-mailed only once it has
 * committed, so an action rolled back notifies nobody.
 */
@Service
public class Notifications {

    static final String AUDITED = "account";

    private final JdbcClient jdbc;
    private final NotificationMail mail;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(JdbcClient jdbc, NotificationMail mail, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores one notification per recipient, in the caller's transaction (or a new one), and, after the commit,
     * e-mails each recipient who did not choose the daily digest. Every recipient must be an existing account.
     *
     * @return the ids of the stored notifications, one per recipient
     */
    @Transactional
    public List<UUID> send(Notice notice) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<UUID> ids = new ArrayList<>();
        for (UUID recipient : notice.recipients()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into notification (id, account_id, category, category_label, subject, body, link, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, recipient, notice.category().code(), notice.category().label(), notice.subject(),
                            notice.body(), notice.link(), now)
                    .update();
            ids.add(id);
        }
        mail.emailAfterCommit(ids);
        return List.copyOf(ids);
    }

    /** How many notifications of this account are unread. */
    @Transactional(readOnly = true)
    public long unreadCount(UUID accountId) {
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    /** The newest notifications of one account, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<Notification> inbox(UUID accountId, int limit) {
        return jdbc.sql("select * from notification where account_id = ? order by created_at desc, id limit ?")
                .params(accountId, limit).query(Notifications::row).list();
    }

    @Transactional(readOnly = true)
    long count(UUID accountId) {
        return jdbc.sql("select count(*) from notification where account_id = ?").param(accountId).query(Long.class).single();
    }

    /** Marks a notification of this account read and gives it; nothing when it is someone else's or unknown. */
    @Transactional
    Optional<Notification> open(UUID accountId, UUID notificationId) {
        jdbc.sql("update notification set read_at = ? where id = ? and account_id = ? and read_at is null")
                .params(Timestamp.from(Instant.now(clock)), notificationId, accountId).update();
        return jdbc.sql("select * from notification where id = ? and account_id = ?")
                .params(notificationId, accountId).query(Notifications::row).optional();
    }

    /** Marks every notification of this account read; how many were unread. */
    @Transactional
    int markAllRead(UUID accountId) {
        return jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(Instant.now(clock)), accountId).update();
    }

    /** Whether this account chose one daily digest instead of an e-mail per notification. */
    @Transactional(readOnly = true)
    public boolean dailyDigest(UUID accountId) {
        return jdbc.sql("select daily_digest from notification_preference where account_id = ?")
                .param(accountId).query(Boolean.class).optional().orElse(false);
    }

    /** Chooses the daily digest (or e-mails at once); the change is written to the account's history. */
    @Transactional
    public void chooseDailyDigest(UUID accountId, boolean dailyDigest) {
        boolean before = dailyDigest(accountId);
        jdbc.sql("""
                        insert into notification_preference (account_id, daily_digest, updated_at) values (?, ?, ?)
                        on conflict (account_id) do update set daily_digest = excluded.daily_digest, updated_at = excluded.updated_at""")
                .params(accountId, dailyDigest, Timestamp.from(Instant.now(clock))).update();
        if (before != dailyDigest) {
            audit.record(AUDITED, accountId, "PREFERENCE_NOTIFICATIONS",
                    dailyDigest ? "Récapitulatif quotidien des notifications activé" : "Notifications envoyées une à une par e-mail",
                    List.of(new AuditTrail.Change("Récapitulatif quotidien des notifications", before ? "oui" : "non",
                            dailyDigest ? "oui" : "non")));
        }
    }

    static Notification row(ResultSet rs, int n) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("category"), rs.getString("category_label"), rs.getString("subject"), rs.getString("body"),
                rs.getString("link"), instant(rs, "created_at"), instant(rs, "read_at"), instant(rs, "emailed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
