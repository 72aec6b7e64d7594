package fr.passerelle.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and finding accounts. */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public Actor open(NewAccount request) {
        String hash = request.password() == null ? null : passwordEncoder.encode(request.password());
        return repository.save(Account.open(request, hash, Instant.now(clock))).actor();
    }

    @Transactional(readOnly = true)
    public Optional<Actor> byUsername(String username) {
        return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(Account::actor);
    }

    @Transactional(readOnly = true)
    public Optional<Actor> byEmail(String email) {
        return repository.findByEmail(email.strip().toLowerCase(Locale.ROOT)).filter(Account::enabled).map(Account::actor);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    @Transactional(readOnly = true)
    Optional<Account> account(String username) {
        return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }
}
