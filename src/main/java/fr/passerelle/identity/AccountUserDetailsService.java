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
        return accounts.account(username)
                .filter(account -> account.passwordHash() != null)
                .map(account -> new LocalUser(account.actor(), account.passwordHash(), account.enabled(), account.passwordVersion()))
                .orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
    }
}
