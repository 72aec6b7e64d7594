package fr.passerelle.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login through {@link LoginThrottle}: a name or an address whose logins are refused is answered at once,
 * without checking the password; every other attempt is counted, and a success gives its count back. The
 * login page answers every failure alike (wrong name, wrong password, disabled account, refused attempt), so that
 * nothing tells whether an account exists.
 */
class ThrottledPasswordLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledPasswordLogin(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        LoginThrottle.Attempt admitted = throttle.admit(username, address).orElseThrow(TooManyAttempts::new);
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            throttle.failed(admitted);
            throw e;
        }
        throttle.succeeded(admitted);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Logins with this name or from this address are refused for now. */
    static final class TooManyAttempts extends AuthenticationException {
        TooManyAttempts() {
            super("Trop de tentatives de connexion : réessayez dans quelques minutes.");
        }
    }
}
