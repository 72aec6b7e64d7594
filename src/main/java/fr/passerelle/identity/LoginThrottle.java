package fr.passerelle.identity;

import fr.passerelle.platform.AuditTrail;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refuses password guessing, on every node alike (the counts are in PostgreSQL): failed logins are counted by the name
 * typed (whether an account has it or not, so that both answer the same) and by client address. Once a count reaches
 * its threshold, logins with that name or from that address are refused for a delay that starts at one second and
 * doubles with each further failure, up to {@link #MAX_DELAY}; refused attempts do not check the password and do not
 * count. A count starts again after {@link #WINDOW} without an attempt; a successful login clears the count of its
 * name. The count of an address is not cleared by a success, or one account of one's own would reset it between
 * guesses at the others. The owner of an existing account is told once per burst, when its logins start being
 * refused. Usage: {@link #admit}, then {@link #failed} or {@link #succeeded}.
 */
@Service
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Failures with one name before its logins are refused. */
    static final int ACCOUNT_THRESHOLD = 5;
    /** Failures from one address (all names) before its logins are refused: higher, as a school's network shares one. */
    static final int ADDRESS_THRESHOLD = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    /** A burst of failures ends after this long without any. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    enum Kind { ACCOUNT, ADDRESS }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TaskExecutor executor;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Accounts accounts, AuditTrail audit, ApplicationEventPublisher events,
                  @Qualifier("applicationTaskExecutor") TaskExecutor executor, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.executor = executor;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** How long logins are refused after this many failures in a row, for a count with this threshold. */
    static Duration delayAfter(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = failures - threshold;
        // 2^9 s already exceeds the cap: no need to shift further (nor to overflow).
        return doublings >= 9 ? MAX_DELAY : min(FIRST_DELAY.multipliedBy(1L << doublings), MAX_DELAY);
    }

    /** A login attempt let through to the password check, counted in advance against its name and its address. */
    record Attempt(String username, String address, int accountCount, Instant at) {
    }

    /**
     * Lets an attempt through to the password check, or refuses it (empty) when its name or its address is refused
     * for now. An attempt let through is counted at once, as if it were to fail (a success gives it back): attempts
     * sent in parallel are then counted one after the other, and those beyond the threshold are refused before any
     * password is checked. A refused attempt changes nothing.
     */
    @Transactional
    Optional<Attempt> admit(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        String network = addressKey(address);
        // Locks the counts that exist, so that concurrent attempts on the same keys wait for this one's decision.
        boolean refused = jdbc.sql("""
                        select coalesce(bool_or(blocked_until > :now), false) from (select blocked_until from login_throttle
                        where (kind = 'ACCOUNT' and value = :account) or (kind = 'ADDRESS' and value = :address) for update) counts""")
                .param("now", Timestamp.from(now)).param("account", account).param("address", network)
                .query(Boolean.class).single();
        if (refused) {
            return Optional.empty();
        }
        int accountCount = count(Kind.ACCOUNT, account, ACCOUNT_THRESHOLD, now);
        count(Kind.ADDRESS, network, ADDRESS_THRESHOLD, now);
        return Optional.of(new Attempt(username, address, accountCount, now));
    }

    /**
     * The attempt failed (it is counted already). When its name starts being refused, the owner of the account of that
     * name, if there is one, is told in the background: the answer then takes the same time whether the name is an
     * account's or not (the e-mail leaves on the caller's thread after the commit of the notification).
     */
    @Transactional
    void failed(Attempt attempt) {
        if (attempt.accountCount() == ACCOUNT_THRESHOLD) {
            executor.execute(() -> tellOwner(attempt));
        }
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where last_attempt_at < ? and (blocked_until is null or blocked_until < ?)")
                .params(Timestamp.from(now.minus(WINDOW)), Timestamp.from(now)).update();
    }

    /** Writes the burst to the account's history and notifies its owner, in a transaction of its own. */
    private void tellOwner(Attempt attempt) {
        try {
            ownTransaction.executeWithoutResult(status -> accounts.account(attempt.username()).ifPresent(account -> {
                audit.record(Accounts.AUDITED, account.id(), "CONNEXIONS_ECHOUEES",
                        attempt.accountCount() + " tentatives de connexion échouées : connexions suspendues quelques minutes",
                        List.of(new AuditTrail.Change("Tentatives échouées", null, String.valueOf(attempt.accountCount())),
                                new AuditTrail.Change("Adresse de la dernière tentative", null, attempt.address())));
                events.publishEvent(new LoginAttemptsFailed(account.id(), account.username(), attempt.accountCount(),
                        attempt.address(), attempt.at()));
            }));
        } catch (RuntimeException e) {
            log.warn("The owner of '{}' could not be told of failed logins", attempt.username(), e);
        }
    }

    /**
     * The attempt succeeded: the count of its name is cleared; the address gets its attempt back, and loses the
     * refusal that counting it in advance may have started (any refusal before had ended, or it would not have been
     * let through).
     */
    @Transactional
    void succeeded(Attempt attempt) {
        jdbc.sql("delete from login_throttle where kind = 'ACCOUNT' and value = ?").param(accountKey(attempt.username())).update();
        jdbc.sql("""
                        update login_throttle set failures = greatest(failures - 1, 0), blocked_until = null
                        where kind = 'ADDRESS' and value = ? and last_attempt_at >= ?""")
                .params(addressKey(attempt.address()), Timestamp.from(attempt.at())).update();
    }

    /**
     * One more attempt for this key (the first of a new burst when the last one is older than the window); from the
     * threshold on, the following attempts are refused for the delay of this count. The count.
     */
    private int count(Kind kind, String value, int threshold, Instant now) {
        int failures = jdbc.sql("""
                        insert into login_throttle (kind, value, failures, last_attempt_at) values (:kind, :value, 1, :now)
                        on conflict (kind, value) do update set
                            failures = case when login_throttle.last_attempt_at < :windowStart then 1 else login_throttle.failures + 1 end,
                            blocked_until = null,
                            last_attempt_at = :now
                        returning failures""")
                .param("kind", kind.name()).param("value", value).param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class).single();
        Duration delay = delayAfter(failures, threshold);
        if (!delay.isZero()) {
            jdbc.sql("update login_throttle set blocked_until = ? where kind = ? and value = ?")
                    .params(Timestamp.from(now.plus(delay)), kind.name(), value).update();
        }
        return failures;
    }

    /** The name as accounts are looked up (trimmed, lower case), cut to the column's size. */
    static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /**
     * The client address; an IPv6 address counts as its /64 network, which one subscriber usually holds whole (or
     * each of its addresses would be a fresh count).
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "inconnue";
        }
        String key = address.strip();
        String literal = key.replace("[", "").replace("]", "").replaceAll("%.*$", "");
        // Only an IPv6 literal is parsed (hex digits, colons, dots: InetAddress never resolves such a string).
        if (literal.indexOf(':') >= 0 && literal.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*")) {
            try {
                InetAddress parsed = InetAddress.getByName(literal);
                if (parsed instanceof Inet6Address) {
                    byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                    Arrays.fill(network, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(network).getHostAddress() + "/64";
                }
                return parsed.getHostAddress();
            } catch (UnknownHostException e) {
                return cut(key);
            }
        }
        return cut(key);
    }

    private static String cut(String key) {
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
