package fr.passerelle.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the account of the logged-in person on every request (one lookup by primary key), so that what an
 * administrator changes applies on the person's next request, not at their next login: a disabled or deleted account
 * is logged out (its session invalidated), so is a session opened with a password changed since, and a changed role, scope, name or e-mail replaces the actor of the
 * session and the role authority that the URL rules check. Runs once the security context is loaded, before the
 * authorization of the request.
 */
class FreshActorFilter extends OncePerRequestFilter {

    /** Where the login page says why the session was closed. */
    static final String CLOSED_URL = "/connexion?session-fermee";
    /** Where the login page says the session was closed because the password was changed. */
    static final String PASSWORD_CHANGED_URL = "/connexion?mot-de-passe-change";

    private static final String ROLE_PREFIX = "ROLE_";

    private final Accounts accounts;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    FreshActorFilter(Accounts accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The packaged assets are public and carry nothing of the account: no lookup for each of them.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/vendor/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/geo/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ActorPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Accounts.SessionAccount> account = accounts.forSession(principal.actor().accountId());
        if (account.isEmpty()) {
            closeSession(request, response, authentication, CLOSED_URL);
            return;
        }
        if (principal.openedWithOlderPassword(account.get().passwordVersion())) {
            closeSession(request, response, authentication, PASSWORD_CHANGED_URL);
            return;
        }
        if (!account.get().actor().equals(principal.actor())) {
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(refreshed(authentication, principal.withActor(account.get().actor())));
            holder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }

    /** The same authentication with the fresh principal and its role; other authorities (factors) are kept. */
    private static Authentication refreshed(Authentication authentication, ActorPrincipal principal) {
        GrantedAuthority role = new SimpleGrantedAuthority(principal.actor().role().authority());
        return authentication.toBuilder()
                .principal(principal)
                .authorities(authorities -> {
                    authorities.removeIf(a -> a.getAuthority() != null && a.getAuthority().startsWith(ROLE_PREFIX));
                    authorities.add(role);
                })
                .build();
    }

    /**
     * Logs out an account that is disabled or gone: pages are redirected to the login page, which says why; htmx
     * requests get 401 with {@code HX-Redirect} (htmx then loads the login page as a whole page, not into a fragment),
     * the API a bare 401.
     */
    private void closeSession(HttpServletRequest request, HttpServletResponse response, Authentication authentication, String why) {
        var logout = new SecurityContextLogoutHandler();
        logout.setSecurityContextRepository(contexts);
        logout.logout(request, response, authentication);
        String loginPage = request.getContextPath() + why;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", loginPage);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", loginPage);
        }
    }
}
