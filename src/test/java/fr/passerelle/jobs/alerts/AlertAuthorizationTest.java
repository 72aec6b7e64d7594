package fr.passerelle.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every endpoint of the alerts with every role: only a candidate opens them; every back-office role is refused (403),
 * an anonymous visitor is sent to the login page; the unsubscribe link is open to anyone holding it.
 */
@PasserelleIntegrationTest
class AlertAuthorizationTest {

    static final String SOME = "/candidat/alertes/" + UUID.randomUUID();

    static List<MockHttpServletRequestBuilder> endpoints() {
        return List.of(get("/candidat/alertes"), get("/candidat/alertes/nouvelle").param("q", "soudeur"), get(SOME), get(SOME + "/suppression"),
                post("/candidat/alertes").param("name", "N").param("search", "q=soudeur"),
                post(SOME).param("name", "N").param("version", "0"), post(SOME + "/pause").param("version", "0"),
                post(SOME + "/reprise").param("version", "0"), post(SOME + "/suppression"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;

    int status(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        var built = who == null ? request.with(csrf()) : request.with(csrf()).with(who);
        return mvc.perform(built).andReturn().getResponse().getStatus();
    }

    @Test
    void everyBackOfficeRoleIsRefusedEveryEndpointOfTheAlerts() throws Exception {
        for (String role : TestActors.ALL) {
            for (var endpoint : endpoints()) {
                assertThat(status(endpoint, TestActors.as(users, role))).as(role + " " + endpoint.buildRequest(null).getRequestURI()).isEqualTo(403);
            }
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        for (var endpoint : endpoints()) {
            var response = mvc.perform(endpoint.with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint.buildRequest(null).getRequestURI()).isEqualTo(302);
            assertThat(response.getHeader("Location")).endsWith("/connexion");
        }
    }

    @Test
    void aCandidateOpensTheirAlertsAndAnUnknownAlertIsNotFound() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Actor candidate = accounts.open(new NewAccount("candidat-" + key, "alertes." + key + "@example.fr", "Alertes " + key,
                "une phrase de passe assez longue", Role.CANDIDATE, null, null, null, null));
        RequestPostProcessor as = TestActors.as(users, candidate.username());
        assertThat(status(get("/candidat/alertes"), as)).isEqualTo(200);
        assertThat(status(get("/candidat/alertes/nouvelle").param("q", "soudeur"), as)).isEqualTo(200);
        assertThat(status(get(SOME), as)).isEqualTo(404);
        assertThat(status(post(SOME + "/suppression"), as)).isEqualTo(404);
    }

    @Test
    void theUnsubscribeLinkIsOpenToAnyoneAndAnUnknownOneIsNotFound() throws Exception {
        String unknown = "/alertes/desabonnement/" + "0".repeat(64);
        assertThat(status(get(unknown), null)).isEqualTo(404);
        assertThat(status(post(unknown), null)).isEqualTo(404);
        assertThat(status(get("/alertes/desabonnement/pas-un-jeton"), null)).isEqualTo(404);
    }
}
