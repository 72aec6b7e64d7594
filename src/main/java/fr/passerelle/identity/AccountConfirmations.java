package fr.passerelle.identity;

import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Mailer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The confirmation of the e-mail address of an account its owner opened themselves: a link holding 256 random bits
 * (only their SHA-256 hash is stored) is e-mailed after the commit; it is valid {@link #VALIDITY}, serves once, and a new
 * one voids those not used yet. Until it is opened the account does not log in. At most {@link #PER_ADDRESS_PER_HOUR}
 * registrations and resent links leave from one client address within an hour, and {@link #PER_ACCOUNT_PER_HOUR} links
 * for one account, as "Mot de passe oublié" does ({@link PasswordResets}); a resend request is answered alike whether an
 * account matches or not.
 */
@Service
class AccountConfirmations {

    private static final Logger log = LoggerFactory.getLogger(AccountConfirmations.class);

    static final Duration VALIDITY = Duration.ofHours(48);
    static final int PER_ACCOUNT_PER_HOUR = 3;
    static final int PER_ADDRESS_PER_HOUR = 10;

    /** What a link is worth when it is opened. */
    enum LinkState {
        VALID(null),
        UNKNOWN("Ce lien de confirmation n'est pas valide : vérifiez que vous avez copié l'adresse entière, ou demandez un nouveau lien."),
        EXPIRED("Ce lien a expiré : il n'était valable que 48 heures. Demandez-en un nouveau."),
        USED("Ce lien a déjà servi : votre adresse est confirmée. Connectez-vous."),
        REPLACED("Ce lien a été remplacé par une demande plus récente : utilisez le lien du dernier e-mail reçu.");

        private final String message;

        LinkState(String message) {
            this.message = message;
        }

        String message() {
            return message;
        }
    }

    private record Link(UUID id, UUID accountId, Instant expiresAt, Instant usedAt, Instant voidedAt) {

        LinkState state(Instant now) {
            if (usedAt != null) {
                return LinkState.USED;
            }
            if (voidedAt != null) {
                return LinkState.REPLACED;
            }
            return now.isBefore(expiresAt) ? LinkState.VALID : LinkState.EXPIRED;
        }
    }

    private final AccountRepository repository;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final TaskExecutor executor;
    private final Clock clock;

    AccountConfirmations(AccountRepository repository, JdbcClient jdbc, AuditTrail audit, Mailer mailer,
                         @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.audit = audit;
        this.mailer = mailer;
        this.executor = executor;
        this.clock = clock;
    }

    /** Refuses a registration from an address that caused its share of links within the hour. */
    void requireRegistrationAllowed(String address) {
        if (address != null && linksFromAddress(LoginThrottle.addressKey(address), clock.instant()) >= PER_ADDRESS_PER_HOUR) {
            throw new BusinessRuleException(null, "Trop d'inscriptions depuis votre connexion dans l'heure : réessayez plus tard.");
        }
    }

    /** Voids the account's links not used yet and e-mails a new one after the commit. */
    void issue(Account account, String address) {
        Instant now = clock.instant();
        jdbc.sql("update account_confirmation set voided_at = ? where account_id = ? and used_at is null and voided_at is null")
                .params(Timestamp.from(now), account.id()).update();
        String token = PasswordResets.newToken();
        jdbc.sql("""
                        insert into account_confirmation (id, account_id, token_hash, requested_at, expires_at, requested_from)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), account.id(), PasswordResets.hash(token), Timestamp.from(now),
                        Timestamp.from(now.plus(VALIDITY)), address == null ? null : LoginThrottle.addressKey(address))
                .update();
        var mail = new Mailer.Mail(account.email(), "[Passerelle] Confirmez votre adresse e-mail", "account-confirmation", Map.of(
                "name", account.displayName(), "token", token, "hours", VALIDITY.toHours()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> mailer.sendAfterCommit(List.of(mail)));
            }
        });
    }

    /**
     * Someone asks for a new link for this e-mail address, from this address: when it names an enabled account whose
     * address is not confirmed yet, and neither has had its share of links in the hour, a new link leaves. Otherwise
     * nothing happens; the caller answers alike.
     */
    @Transactional
    void resend(String email, String address) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<Account> found = repository.findByEmail(key).filter(Account::enabled).filter(account -> !account.emailConfirmed());
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Instant now = clock.instant();
        jdbc.sql("select id from account where id = ? for update").param(account.id()).query(UUID.class).single();
        int forAccount = jdbc.sql("select count(*) from account_confirmation where account_id = ? and requested_at > ?")
                .params(account.id(), Timestamp.from(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
        String from = address == null ? null : LoginThrottle.addressKey(address);
        if (forAccount >= PER_ACCOUNT_PER_HOUR || (from != null && linksFromAddress(from, now) >= PER_ADDRESS_PER_HOUR)) {
            log.info("Confirmation link for account {} not e-mailed again: its share for the hour is spent", account.id());
            return;
        }
        issue(account, address);
    }

    private int linksFromAddress(String from, Instant now) {
        return jdbc.sql("select count(*) from account_confirmation where requested_from = ? and requested_at > ?")
                .params(from, Timestamp.from(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
    }

    /** What the link of this token is worth now. */
    @Transactional(readOnly = true)
    LinkState check(String token) {
        return link(token, false).map(link -> link.state(clock.instant())).orElse(LinkState.UNKNOWN);
    }

    /** Confirms the account's e-mail address through a valid link, which is then used; the account may log in. */
    @Transactional
    void confirm(String token) {
        Link link = link(token, true).orElseThrow(() -> new BusinessRuleException(null, LinkState.UNKNOWN.message()));
        Instant now = clock.instant();
        LinkState state = link.state(now);
        if (state != LinkState.VALID) {
            throw new BusinessRuleException(null, state.message());
        }
        Account account = repository.findById(link.accountId()).orElseThrow(() -> new BusinessRuleException(null, LinkState.UNKNOWN.message()));
        account.confirmEmail(now);
        repository.flush();
        jdbc.sql("update account_confirmation set used_at = ? where id = ?").params(Timestamp.from(now), link.id()).update();
        audit.recordBy(account.username(), Accounts.AUDITED, account.id(), "ADRESSE_CONFIRMEE",
                "Adresse e-mail confirmée par son titulaire, par le lien reçu", List.of(new AuditTrail.Change("Adresse e-mail", "à confirmer", "confirmée")));
    }

    private Optional<Link> link(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, account_id, expires_at, used_at, voided_at from account_confirmation where token_hash = ?"
                        + (lock ? " for update" : ""))
                .param(PasswordResets.hash(token))
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }
}
