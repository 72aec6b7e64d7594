package fr.passerelle.notifications;

import fr.passerelle.platform.Times;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.Mailer;
import fr.passerelle.platform.PasserelleProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails notifications in French through the {@link Mailer}, from the templates {@code mail/notice.txt} and
 * {@code mail/digest.txt}: one e-mail per notification right after the commit that stored it, or one digest a day
 * for the people who chose it. Without an SMTP server ({@code spring.mail.host}) nothing is e-mailed and the notifications are only shown in the
 * platform. A failure is logged and the notification stays "not e-mailed" ({@code emailed_at} null), for the
 * next digest run to pick up.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    private static final int DIGEST_MAX_ITEMS = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Accounts accounts;
    private final Mailer mailer;
    private final String publicUrl;
    private final Clock clock;

    NotificationMail(JdbcClient jdbc, PlatformTransactionManager transactions, Accounts accounts,
                     Mailer mailer, PasserelleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accounts = accounts;
        this.mailer = mailer;
        this.publicUrl = properties.publicBaseUrl();
        this.clock = clock;
    }

    boolean configured() {
        return mailer.configured();
    }

    /** E-mails these notifications once the current transaction has committed (at once when there is none). */
    void emailAfterCommit(List<UUID> notificationIds) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            emailNow(notificationIds);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                emailNow(notificationIds);
            }
        });
    }

    /** One e-mail per notification whose recipient did not choose the digest; never throws. */
    void emailNow(List<UUID> notificationIds) {
        try {
            if (!mailer.configured() || notificationIds.isEmpty()) {
                return;
            }
            // Runs after the caller's commit: reads and writes in transactions of their own.
            List<Notification> immediate = ownTransaction.execute(status -> jdbc.sql("""
                            select n.* from notification n left join notification_preference p on p.account_id = n.account_id
                            where n.id in (:ids) and n.emailed_at is null and not coalesce(p.daily_digest, false)""")
                    .param("ids", notificationIds).query(Notifications::row).list());
            for (Notification notification : immediate) {
                Optional<Actor> recipient = recipient(notification.accountId());
                if (recipient.isEmpty()) {
                    continue;
                }
                var text = new Mailer.Mail(recipient.get().email(), "[Passerelle] " + notification.subject(), "notice",
                        variables(recipient.get(), Map.of(
                                "category", notification.categoryLabel(),
                                "subject", notification.subject(),
                                "body", notification.body(),
                                "url", publicUrl + "/gestion/notifications/" + notification.id())));
                if (mailer.sendNow(text)) {
                    markEmailed(List.of(notification.id()));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Notifications {} not e-mailed; they wait for the next digest run", notificationIds, e);
        }
    }

    /**
     * One e-mail per account listing its notifications not e-mailed yet (those of the people who chose the digest,
     * and those whose e-mail failed), then marks them e-mailed; how many e-mails left.
     */
    int emailDigests(LocalDate day) {
        if (!mailer.configured()) {
            return 0;
        }
        Timestamp until = Timestamp.from(Instant.now(clock));
        List<UUID> recipients = ownTransaction.execute(status -> jdbc.sql(
                        "select distinct account_id from notification where emailed_at is null and created_at <= ?")
                .param(until).query(UUID.class).list());
        int sent = 0;
        for (UUID accountId : recipients) {
            try {
                Optional<Actor> recipient = recipient(accountId);
                if (recipient.isEmpty()) {
                    continue;
                }
                List<Notification> items = ownTransaction.execute(status -> jdbc.sql("""
                                select * from notification where account_id = ? and emailed_at is null and created_at <= ?
                                order by created_at, id limit ?""")
                        .params(accountId, until, DIGEST_MAX_ITEMS).query(Notifications::row).list());
                if (items.isEmpty()) {
                    continue;
                }
                List<Map<String, String>> lines = new ArrayList<>();
                for (Notification item : items) {
                    lines.add(Map.of("category", item.categoryLabel(), "subject", item.subject(), "when", item.when(),
                            "url", publicUrl + "/gestion/notifications/" + item.id()));
                }
                String subject = "[Passerelle] Vos notifications du " + Times.current().format(day, DAY) + " (" + items.size() + ")";
                var digest = new Mailer.Mail(recipient.get().email(), subject, "digest", variables(recipient.get(), Map.of(
                        "day", Times.current().format(day, DAY), "count", items.size(), "items", lines)));
                if (mailer.sendNow(digest)) {
                    markEmailed(items.stream().map(Notification::id).toList());
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Digest of account {} not e-mailed; it waits for the next run", accountId, e);
            }
        }
        return sent;
    }

    private Optional<Actor> recipient(UUID accountId) {
        return ownTransaction.execute(status -> accounts.byId(accountId)).filter(actor -> actor.email() != null);
    }

    private Map<String, Object> variables(Actor recipient, Map<String, Object> variables) {
        var all = new java.util.HashMap<>(variables);
        all.put("name", recipient.displayName());
        all.put("listUrl", publicUrl + "/gestion/notifications");
        all.put("preferenceUrl", publicUrl + "/gestion/notifications#preference");
        return all;
    }

    private void markEmailed(List<UUID> ids) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("update notification set emailed_at = :at where id in (:ids)")
                .param("at", Timestamp.from(Instant.now(clock))).param("ids", ids).update());
    }
}
