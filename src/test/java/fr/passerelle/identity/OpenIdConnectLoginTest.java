package fr.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.web.servlet.MockMvc;

/** With an OpenID Connect client configured, the login page offers it and people are matched to accounts by e-mail. */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.keycloak.client-id=passerelle",
        "spring.security.oauth2.client.registration.keycloak.client-secret=secret",
        "spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
        "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,email",
        "spring.security.oauth2.client.provider.keycloak.authorization-uri=http://127.0.0.1:9/realms/cmq/auth",
        "spring.security.oauth2.client.provider.keycloak.token-uri=http://127.0.0.1:9/realms/cmq/token",
        "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=http://127.0.0.1:9/realms/cmq/certs",
        "spring.security.oauth2.client.provider.keycloak.user-name-attribute=sub"})
@AutoConfigureMockMvc
class OpenIdConnectLoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ClientRegistrationRepository clients;
    @Autowired
    Clock clock;

    @Test
    void loginPageOffersTheConfiguredProviderBesideLocalAccounts() throws Exception {
        mvc.perform(get("/connexion"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se connecter avec Keycloak")))
                .andExpect(content().string(containsString("id=\"login-form\"")));
    }

    @Test
    void choosingTheProviderRedirectsToItsAuthorizationEndpoint() throws Exception {
        mvc.perform(get("/oauth2/authorization/keycloak"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("http://127.0.0.1:9/realms/cmq/auth?response_type=code&client_id=passerelle")));
    }

    @Test
    void aPersonIsMatchedToTheAccountWithTheSameEmailAndGetsItsRoleAndScope() {
        var service = SecurityConfiguration.oidcUserService(accounts);
        var user = service.loadUser(request("Direction@Demo.Passerelle.test"));
        Actor actor = ((ActorPrincipal) user).actor();
        assertThat(actor.username()).isEqualTo("direction");
        assertThat(actor.role()).isEqualTo(Role.OPERATIONAL_DIRECTOR);
        assertThat(actor.campusId()).isNotNull();
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OPERATIONAL_DIRECTOR");
    }

    @Test
    void aPersonWithoutAnAccountIsRefused() {
        var service = SecurityConfiguration.oidcUserService(accounts);
        assertThatThrownBy(() -> service.loadUser(request("inconnu@example.fr")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("Aucun compte Passerelle");
    }

    private OidcUserRequest request(String email) {
        Instant now = Instant.now(clock);
        var idToken = new OidcIdToken("token", now, now.plusSeconds(300), Map.of("sub", "person-1", "email", email, "iss", "http://127.0.0.1:9/realms/cmq"));
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300));
        return new OidcUserRequest(clients.findByRegistrationId("keycloak"), accessToken, idToken);
    }
}
