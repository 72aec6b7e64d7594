package fr.passerelle.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without any account (an external PostgreSQL, say), opens the first national administrator from
 * {@code passerelle.initial-admin.email} and {@code passerelle.initial-admin.password}, so that someone can log in and
 * open the other accounts. Does nothing once an account exists.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final Accounts accounts;
    private final String email;
    private final String password;

    InitialAdministrator(Accounts accounts, @Value("${passerelle.initial-admin.email:}") String email,
                         @Value("${passerelle.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (email.isBlank()) {
            log.warn("No account exists: set passerelle.initial-admin.email (and .password, or use OpenID Connect) to open the first administrator");
            return;
        }
        if (!password.isBlank() && !PasswordPolicy.acceptable(password)) {
            throw new IllegalStateException("passerelle.initial-admin.password must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters (and at most " + PasswordPolicy.MAX_LENGTH + ")");
        }
        accounts.open(new NewAccount("admin", email, "Administration nationale", password.isBlank() ? null : password,
                Role.NATIONAL_ADMIN, null, null, null, null));
        log.info("Opened the first national administrator account 'admin' for {}", email);
    }
}
