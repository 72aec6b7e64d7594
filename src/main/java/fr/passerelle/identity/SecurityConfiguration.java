package fr.passerelle.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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

/**
 * Public pages, open data and the read API need no login; the back office ({@code /gestion}) does, and each of its
 * services checks the actor's role and scope. Local accounts log in with a password; when an OpenID Connect
 * client is configured ({@code spring.security.oauth2.client.registration.*}) its login is offered too, and the
 * person is matched to an account by e-mail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            Accounts accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/campus", "/campus/**", "/partenaires/**", "/calendrier/**", "/satisfaction/**", "/appels-a-projets", "/appels-a-projets/**", "/labellisation/**", "/open-data/**", "/connexion", "/error", "/accessibilite",
                                "/vendor/**", "/css/**", "/js/**", "/geo/**", "/img/**", "/favicon.ico",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        .requestMatchers("/gestion/import/**", "/gestion/communes/**", "/gestion/comptes/**").hasRole(Role.NATIONAL_ADMIN.name())
                        .requestMatchers("/gestion/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/connexion").defaultSuccessUrl("/gestion", false).failureUrl("/connexion?erreur"))
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnecte"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/connexion")
                    .defaultSuccessUrl("/gestion", false)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService(accounts))));
        }
        return http.build();
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
}
