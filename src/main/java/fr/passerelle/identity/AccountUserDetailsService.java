package fr.passerelle.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // By identifier, or by e-mail address (candidates log in with theirs); an account whose address is not
        // confirmed yet is refused like a disabled one.
        return accounts.account(username).or(() -> accounts.accountByEmail(username))
                .filter(account -> account.passwordHash() != null)
                .map(account -> new LocalUser(account.actor(), account.passwordHash(), account.usable(), account.passwordVersion()))
                .orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
    }
}
