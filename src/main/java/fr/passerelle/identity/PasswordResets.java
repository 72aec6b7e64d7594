package fr.passerelle.identity;

import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Mailer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "Mot de passe oublié": the owner of a local account asks for a link by its identifier or e-mail, receives it by
 * e-mail, and sets a new password through it. The page answers every request alike, whether an account matches or
 * not, and the e-mail leaves in the background after the commit, so that neither the words nor the time of the answer
 * tell whether an account exists. A link holds 256 random bits; only their SHA-256 hash is stored. It is valid
 * {@link #VALIDITY}, serves once, and a new request voids the links not used yet. At most
 * {@link #PER_ACCOUNT_PER_HOUR} links leave for one account and {@link #PER_ADDRESS_PER_HOUR} for requests from one
 * address within an hour, so that the page cannot be used to flood a mailbox; requests beyond are answered alike and
 * e-mail nobody.
 */
@Service
class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    static final Duration VALIDITY = Duration.ofHours(1);
    static final int PER_ACCOUNT_PER_HOUR = 3;
    static final int PER_ADDRESS_PER_HOUR = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    /** What a link is worth when it is opened. */
    enum LinkState {
        VALID(null),
        UNKNOWN("Ce lien de réinitialisation n'est pas valide : vérifiez que vous avez copié l'adresse entière, ou demandez un nouveau lien."),
        EXPIRED("Ce lien a expiré : il n'était valable qu'une heure. Demandez-en un nouveau."),
        USED("Ce lien a déjà servi : votre mot de passe a été changé. Connectez-vous, ou demandez un nouveau lien si vous l'avez oublié."),
        REPLACED("Ce lien a été remplacé par une demande plus récente : utilisez le lien du dernier e-mail reçu.");

        private final String message;

        LinkState(String message) {
            this.message = message;
        }

        /** Why the link cannot be used, in French (null when it can). */
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
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final TaskExecutor executor;
    private final Clock clock;

    PasswordResets(AccountRepository repository, JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditTrail audit, Mailer mailer,
                   @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.mailer = mailer;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Someone asks for a link for this identifier or e-mail, from this address (may be null). When it names an enabled
     * account that logs in with a password, and neither the account nor the address has had its share of links in the
     * last hour, the links not used yet are voided and a new one is e-mailed after the commit. Otherwise nothing
     * happens. The caller answers alike in every case.
     */
    @Transactional
    void request(String identifier, String address) {
        String key = identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT);
        Optional<Account> found = repository.findByUsername(key).or(() -> repository.findByEmail(key))
                .filter(Account::usable).filter(account -> account.passwordHash() != null);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Instant now = clock.instant();
        String from = address == null ? null : LoginThrottle.addressKey(address);
        // Two requests at once for one account are counted one after the other.
        jdbc.sql("select id from account where id = ? for update").param(account.id()).query(UUID.class).single();
        Timestamp hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        int forAccount = jdbc.sql("select count(*) from password_reset where account_id = ? and requested_at > ?")
                .params(account.id(), hourAgo).query(Integer.class).single();
        int fromAddress = from == null ? 0 : jdbc.sql("select count(*) from password_reset where requested_from = ? and requested_at > ?")
                .params(from, hourAgo).query(Integer.class).single();
        if (forAccount >= PER_ACCOUNT_PER_HOUR || fromAddress >= PER_ADDRESS_PER_HOUR) {
            log.info("Password reset for '{}' from {} not e-mailed: {} links for the account, {} from the address in the last hour",
                    account.username(), from, forAccount, fromAddress);
            return;
        }
        jdbc.sql("update password_reset set voided_at = ? where account_id = ? and used_at is null and voided_at is null")
                .params(Timestamp.from(now), account.id()).update();
        String token = newToken();
        jdbc.sql("""
                        insert into password_reset (id, account_id, token_hash, requested_at, expires_at, requested_from)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), account.id(), hash(token), Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)), from)
                .update();
        audit.recordBy("demande sans connexion", Accounts.AUDITED, account.id(), "LIEN_MOT_DE_PASSE",
                "Lien pour choisir un nouveau mot de passe envoyé à l'adresse du compte",
                List.of(new AuditTrail.Change("Adresse de la demande", null, from == null ? "inconnue" : from)));
        var mail = new Mailer.Mail(account.email(), "[Passerelle] Choisir un nouveau mot de passe", "password-reset", Map.of(
                "name", account.displayName(), "username", account.username(), "token", token, "when", WHEN.format(now),
                "hours", VALIDITY.toHours()));
        // After the commit, and in the background: the answer takes as long whether an e-mail leaves or not.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> mailer.sendAfterCommit(List.of(mail)));
            }
        });
    }

    /** What the link of this token is worth now. */
    @Transactional(readOnly = true)
    LinkState check(String token) {
        return link(token, false).map(link -> link.state(clock.instant())).orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets the new password through a valid link (which is then used), audits it without the password, and closes the
     * account's sessions opened with the old one. Returns the account's identifier, for the login page.
     */
    @Transactional
    String reset(String token, String password) {
        Link link = link(token, true).orElseThrow(() -> new BusinessRuleException(null, LinkState.UNKNOWN.message()));
        Instant now = clock.instant();
        LinkState state = link.state(now);
        if (state != LinkState.VALID) {
            throw new BusinessRuleException(null, state.message());
        }
        PasswordPolicy.require(password);
        Account account = repository.findById(link.accountId())
                .orElseThrow(() -> new BusinessRuleException(null, LinkState.UNKNOWN.message()));
        account.changePassword(passwordEncoder.encode(password));
        repository.flush();
        jdbc.sql("update password_reset set used_at = ? where id = ?").params(Timestamp.from(now), link.id()).update();
        audit.recordBy(account.username(), Accounts.AUDITED, account.id(), "MOT_DE_PASSE_CHANGE",
                "Mot de passe changé par son titulaire, par le lien reçu par e-mail",
                List.of(new AuditTrail.Change("Mot de passe", null, "changé"),
                        new AuditTrail.Change("Sessions ouvertes avec l'ancien mot de passe", null, "fermées")));
        return account.username();
    }

    private Optional<Link> link(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, account_id, expires_at, used_at, voided_at from password_reset where token_hash = ?"
                        + (lock ? " for update" : ""))
                .param(hash(token))
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** 256 random bits, written for a URL. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token, in hexadecimal: what the table keeps. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
