package fr.passerelle.jobs.candidates;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.ClusterJobs;
import fr.passerelle.platform.Mailer;
import fr.passerelle.platform.Times;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily care of candidates' data, once across nodes ({@link ClusterJobs}): a reminder e-mailed
 * {@link #LAPSE_REMINDER_DAYS} days before a profile stops being active (once per lapse); after
 * {@link #INACTIVITY} without any sign of life, a warning that the data will be erased {@link #ERASURE_NOTICE} later,
 * then the erasure unless the candidate came back; and the erasure of registrations whose e-mail address was never
 * confirmed within {@link #UNCONFIRMED_KEPT}. Each candidate is handled in a transaction of its own, in batches, so
 * that a million profiles never load at once.
 */
@Service
class CandidateLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CandidateLifecycle.class);

    static final int LAPSE_REMINDER_DAYS = 7;
    static final Period INACTIVITY = Period.ofYears(2);
    static final Duration ERASURE_NOTICE = Duration.ofDays(30);
    static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);
    private static final int BATCH = 500;

    /** What one run did. */
    record Run(int lapseReminders, int inactivityWarnings, int erasedForInactivity, int erasedUnconfirmed) {
    }

    private final JdbcClient jdbc;
    private final CandidateSpace space;
    private final Accounts accounts;
    private final Mailer mailer;
    private final ClusterJobs jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CandidateLifecycle(JdbcClient jdbc, CandidateSpace space, Accounts accounts, Mailer mailer, ClusterJobs jobs,
                       PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.space = space;
        this.accounts = accounts;
        this.mailer = mailer;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${passerelle.jobs.candidates-cron:0 30 5 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        Instant now = clock.instant();
        jobs.runOnce("candidates-lifecycle", LocalDate.now(clock.withZone(Times.current().zone())),
                () -> log.info("Candidates' data: {}", run(now)));
    }

    /** Everything due at {@code now}. */
    Run run(Instant now) {
        return new Run(remindLapses(now), warnInactive(now), eraseInactive(now), eraseUnconfirmed(now));
    }

    private record Due(UUID id, UUID accountId, Instant at) {
    }

    int remindLapses(Instant now) {
        ZoneId zone = Times.current().zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        // A profile lapses six months after the day of its last update: those lapsing after today and within the
        // reminder's days were updated from the day after "today less six months" to the day of "today plus the days
        // less six months".
        Instant from = today.minusMonths(Candidate.ACTIVE_MONTHS).plusDays(1).atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(LAPSE_REMINDER_DAYS).minusMonths(Candidate.ACTIVE_MONTHS).plusDays(1).atStartOfDay(zone).toInstant();
        int sent = 0;
        List<Due> due;
        UUID after = new UUID(0, 0);
        do {
            due = jdbc.sql("""
                            select id, account_id, updated_at from candidate
                            where updated_at >= ? and updated_at < ? and lapse_reminded_for is distinct from updated_at and id > ?
                            order by id limit ?""")
                    .params(Timestamp.from(from), Timestamp.from(to), after, BATCH)
                    .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant()))
                    .list();
            for (Due candidate : due) {
                after = candidate.id();
                Boolean done = transaction.execute(status -> {
                    int marked = jdbc.sql("update candidate set lapse_reminded_for = updated_at where id = ? and updated_at = ?")
                            .params(candidate.id(), Timestamp.from(candidate.at())).update();
                    if (marked == 0) {
                        return false;
                    }
                    LocalDate lapses = candidate.at().atZone(zone).toLocalDate().plusMonths(Candidate.ACTIVE_MONTHS);
                    return mail(candidate.accountId(), "[Passerelle] Votre profil de candidat·e va expirer", "candidate-lapse-reminder",
                            Map.of("lapsesOn", Times.current().date(lapses)));
                });
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return sent;
    }

    int warnInactive(Instant now) {
        Instant before = now.atZone(Times.current().zone()).minus(INACTIVITY).toInstant();
        int warned = 0;
        List<Due> due;
        UUID after = new UUID(0, 0);
        do {
            due = jdbc.sql("""
                            select id, account_id, last_activity_at from candidate
                            where last_activity_at < ? and inactivity_warned_at is null and id > ? order by id limit ?""")
                    .params(Timestamp.from(before), after, BATCH)
                    .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant()))
                    .list();
            for (Due candidate : due) {
                after = candidate.id();
                Boolean done = transaction.execute(status -> {
                    jdbc.sql("update candidate set inactivity_warned_at = ? where id = ?").params(Timestamp.from(now), candidate.id()).update();
                    return mail(candidate.accountId(), "[Passerelle] Vos données de candidat·e seront effacées", "candidate-inactivity-warning",
                            Map.of("erasedOn", Times.current().date(now.plus(ERASURE_NOTICE)), "days", ERASURE_NOTICE.toDays()));
                });
                warned += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return warned;
    }

    int eraseInactive(Instant now) {
        Instant before = now.atZone(Times.current().zone()).minus(INACTIVITY).toInstant();
        int erased = 0;
        List<UUID> due;
        do {
            due = jdbc.sql("""
                            select account_id from candidate where inactivity_warned_at <= ? and last_activity_at < ? order by id limit ?""")
                    .params(Timestamp.from(now.minus(ERASURE_NOTICE)), Timestamp.from(before), BATCH)
                    .query(UUID.class).list();
            for (UUID accountId : due) {
                space.erase(accountId, CandidateSpace.ErasureReason.INACTIVITY);
                erased++;
            }
        } while (due.size() == BATCH);
        return erased;
    }

    int eraseUnconfirmed(Instant now) {
        int erased = 0;
        for (UUID accountId : accounts.unconfirmedSince(Role.CANDIDATE, now.minus(UNCONFIRMED_KEPT))) {
            space.erase(accountId, CandidateSpace.ErasureReason.UNCONFIRMED);
            erased++;
        }
        return erased;
    }

    /** E-mails the candidate of this account after the commit; false when the account cannot be reached. */
    private boolean mail(UUID accountId, String subject, String template, Map<String, Object> variables) {
        Actor actor = accounts.byId(accountId).orElse(null);
        if (actor == null) {
            return false;
        }
        var all = new java.util.HashMap<String, Object>(variables);
        all.put("name", actor.displayName());
        mailer.sendAfterCommit(List.of(new Mailer.Mail(actor.email(), subject, template, all)));
        return true;
    }
}
