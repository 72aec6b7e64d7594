package fr.passerelle.identity;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an administrator changes on an account applies on the person's next request, in the session they already
 * have: a disabled account is logged out, a new role or scope is used at once, URL rules included.
 */
@PasserelleIntegrationTest
class SessionFollowsAccountTest {

    static final String PASSWORD = "un mot de passe de session";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    JdbcClient jdbc;

    Actor open(Role role, UUID campusId) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("session-" + key, "session-" + key + "@example.fr", "Session " + key, PASSWORD,
                role, null, null, campusId, null));
    }

    /** Logs in through the login form, from an address of its own (so that no throttle count is shared). */
    MockHttpSession logIn(Actor actor) throws Exception {
        var result = mvc.perform(post("/connexion").param("username", actor.username()).param("password", PASSWORD).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2." + (1 + Math.floorMod(actor.username().hashCode(), 250)));
                            return request;
                        }))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/gestion"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    void disableAsAdministrator(Actor actor) throws Exception {
        mvc.perform(post("/gestion/comptes/" + actor.accountId() + "/activation").param("actif", "false")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAccountDisabledDuringItsSessionIsLoggedOutOnItsNextRequest() throws Exception {
        Actor expert = open(Role.EXPERT, null);
        MockHttpSession session = logIn(expert);
        mvc.perform(get("/gestion").session(session)).andExpect(status().isOk());

        disableAsAdministrator(expert);

        mvc.perform(get("/gestion").session(session))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/connexion?session-fermee"));
        assertThat(session.isInvalid()).as("the session is invalidated").isTrue();
        mvc.perform(get("/connexion").param("session-fermee", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre session a été fermée : votre compte n'est plus actif.")));
    }

    @Test
    void anHtmxRequestOfADisabledAccountGets401AndALoginPageToLoadWhole() throws Exception {
        Actor expert = open(Role.EXPERT, null);
        MockHttpSession session = logIn(expert);
        disableAsAdministrator(expert);

        mvc.perform(get("/gestion/notifications").session(session).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/connexion?session-fermee"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aNewRoleAppliesOnTheNextRequestIncludingTheUrlRules() throws Exception {
        Actor expert = open(Role.EXPERT, null);
        MockHttpSession session = logIn(expert);
        mvc.perform(get("/gestion/comptes").session(session)).andExpect(status().isForbidden());

        jdbc.sql("update account set role = 'NATIONAL_ADMIN' where id = ?").param(expert.accountId()).update();
        mvc.perform(get("/gestion/comptes").session(session)).andExpect(status().isOk());

        jdbc.sql("update account set role = 'EXPERT' where id = ?").param(expert.accountId()).update();
        mvc.perform(get("/gestion/comptes").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aNewScopeAppliesOnTheNextRequest() throws Exception {
        List<UUID> campuses = registry.all().stream().map(c -> c.id()).limit(2).toList();
        UUID first = campuses.get(0);
        UUID second = campuses.get(1);
        Actor director = open(Role.OPERATIONAL_DIRECTOR, first);
        MockHttpSession session = logIn(director);
        mvc.perform(get("/gestion/campus/" + first + "/modifier").session(session)).andExpect(status().isOk());
        mvc.perform(get("/gestion/campus/" + second + "/modifier").session(session)).andExpect(status().isForbidden());

        jdbc.sql("update account set campus_id = ? where id = ?").params(second, director.accountId()).update();

        mvc.perform(get("/gestion/campus/" + first + "/modifier").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/campus/" + second + "/modifier").session(session)).andExpect(status().isOk());
    }

    @Test
    void aPersonLoggedInThroughOpenIdConnectFollowsTheirAccountToo() throws Exception {
        Actor expert = open(Role.EXPERT, null);
        var oidc = authentication(oidcLogin(expert));
        mvc.perform(get("/gestion/comptes").with(oidc)).andExpect(status().isForbidden());

        jdbc.sql("update account set role = 'NATIONAL_ADMIN' where id = ?").param(expert.accountId()).update();
        mvc.perform(get("/gestion/comptes").with(oidc)).andExpect(status().isOk());

        disableAsAdministrator(expert);
        mvc.perform(get("/gestion").with(oidc))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/connexion?session-fermee"));
    }

    private static OAuth2AuthenticationToken oidcLogin(Actor actor) {
        Instant now = Instant.parse("2026-01-15T09:00:00Z");
        var idToken = new OidcIdToken("token", now, now.plusSeconds(3600),
                Map.of("sub", "person-" + actor.accountId(), "email", actor.email(), "iss", "http://127.0.0.1:9/realms/cmq"));
        var user = new OidcActorUser(actor, new DefaultOidcUser(List.of(), idToken));
        return new OAuth2AuthenticationToken(user, List.of(new SimpleGrantedAuthority(actor.role().authority())), "keycloak");
    }
}
