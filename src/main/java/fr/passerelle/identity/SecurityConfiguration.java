package fr.passerelle.identity;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Public pages, open data and the read API need no login; the back office ({@code /gestion}) needs an account of a
 * back-office role (never a candidate's), and each of its services checks the actor's role and scope; a candidate's
 * own space ({@link PathRules#loggedIn()}) needs a login, its services check the role. Local accounts log in with a password; when an OpenID Connect
 * client is configured ({@code spring.security.oauth2.client.registration.*}) its login is offered too, and the
 * person is matched to an account by e-mail. Password guessing is refused by {@link LoginThrottle}. The account of the
 * logged-in person is re-read on every request ({@link FreshActorFilter}): disabling it or changing its role or scope
 * applies at once. No inline script runs ({@code script-src 'self'}); the redirect to the login page is relative, so
 * that it never depends on the {@code Host} the request named.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Browser features no page of Passerelle uses, denied to every page and frame. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
            + "hid=(), magnetometer=(), microphone=(), midi=(), payment=(), screen-wake-lock=(), serial=(), usb=(), "
            + "xr-spatial-tracking=()";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /**
     * The only authentication provider of the global manager (so that no other one checks a password behind it):
     * passwords through the throttle. The account's status is checked after its password, so that every refusal
     * takes the same time whether the account exists, is disabled or not.
     */
    @Bean
    AuthenticationProvider passwordLogin(AccountUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledPasswordLogin(passwords, throttle);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            Accounts accounts, List<PathRules> rules) throws Exception {
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        var loginPage = new LoginUrlAuthenticationEntryPoint("/connexion");
        loginPage.setFavorRelativeUris(true);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(patterns(rules, PathRules::open)).permitAll()
                        .requestMatchers(HttpMethod.GET, patterns(rules, PathRules::openForReading)).permitAll()
                        .requestMatchers(patterns(rules, PathRules::nationalAdministrationOnly)).hasRole(Role.NATIONAL_ADMIN.name())
                        .requestMatchers("/gestion/**").hasAnyRole(backOfficeRoles())
                        .requestMatchers(patterns(rules, PathRules::loggedIn)).authenticated()
                        .anyRequest().denyAll())
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new FreshActorFilter(accounts, contexts), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/connexion").successHandler(landingOfTheRole()).failureUrl("/connexion?erreur"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginPage))
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnecte"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/connexion")
                    .defaultSuccessUrl("/gestion", false)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService(accounts))));
        }
        return http.build();
    }

    /** Every role of the back office: a candidate's account never opens it. */
    static String[] backOfficeRoles() {
        return java.util.Arrays.stream(Role.values()).filter(Role::backOffice).map(Role::name).toArray(String[]::new);
    }

    /** A login goes back to the page that asked for it, or else to its role's home ({@link Role#home()}). */
    static SavedRequestAwareAuthenticationSuccessHandler landingOfTheRole() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response, Authentication authentication) {
                return authentication.getPrincipal() instanceof ActorPrincipal principal ? principal.actor().role().home() : "/gestion";
            }
        };
    }

    static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(Accounts accounts) {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            String email = user.getEmail();
            return accounts.byEmail(email == null ? "" : email)
                    .map(actor -> (OidcUser) new OidcActorUser(actor, user))
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_account",
                            "Aucun compte Passerelle n'est ouvert pour " + email, null)));
        };
    }

    /** Every module's patterns of one kind (see {@link PathRules}). */
    private static String[] patterns(List<PathRules> rules, java.util.function.Function<PathRules, List<String>> kind) {
        return rules.stream().flatMap(rule -> kind.apply(rule).stream()).distinct().toArray(String[]::new);
    }
}
