package fr.passerelle.jobs.candidates;

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
 * Every endpoint of a candidate's space with every role: only a candidate opens it, on their own data (no URL names
 * another candidate); every back-office role is refused (403), an anonymous visitor is sent to the login page; a
 * candidate is refused the back office. Registration and the erased page are open.
 */
@PasserelleIntegrationTest
class CandidateAuthorizationTest {

    /** Every endpoint of the space; the POSTs with parameters that would act if they were let through. */
    static List<MockHttpServletRequestBuilder> endpoints() {
        return List.of(
                get("/candidat"), get("/candidat/profil"), get("/candidat/profil/competences").param("skillQuery", "soudage"),
                get("/candidat/profil/diplomes").param("diplomaQuery", "BTS"), get("/candidat/cv"),
                get("/candidat/export.json"), get("/candidat/export.pdf"), get("/candidat/effacement"),
                post("/candidat/profil").param("version", "0").param("radiusKm", "10"),
                post("/candidat/profil/experiences").param("employer", "E").param("job", "J").param("startedOn", "01/01/2020").param("version", "0"),
                post("/candidat/profil/experiences/0/retrait").param("version", "0"),
                post("/candidat/cv/retrait"),
                post("/candidat/consentements/banque-cv").param("given", "true"),
                post("/candidat/effacement").param("confirm", "EFFACER"));
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
    void everyBackOfficeRoleIsRefusedEveryEndpointOfTheCandidatesSpace() throws Exception {
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
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getHeader("Location")).endsWith("/connexion");
        }
    }

    @Test
    void aCandidateOpensTheirSpaceButNeverTheBackOffice() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Actor candidate = accounts.open(new NewAccount("candidat-" + key, "portes." + key + "@example.fr", "Portes " + key,
                "une phrase de passe assez longue", Role.CANDIDATE, null, null, null, null));
        RequestPostProcessor as = TestActors.as(users, candidate.username());
        for (String url : List.of("/candidat", "/candidat/profil", "/candidat/export.json", "/candidat/export.pdf", "/candidat/effacement")) {
            assertThat(status(get(url), as)).as(url).isEqualTo(200);
        }
        String page = mvc.perform(get("/candidat").with(as)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).as("no link the candidate cannot open").doesNotContain("href=\"/gestion\"", "href=\"/gestion/").contains("href=\"/candidat\"");
        for (String url : List.of("/gestion", "/gestion/comptes", "/gestion/campus", "/gestion/clusters")) {
            assertThat(status(get(url), as)).as(url).isEqualTo(403);
        }
    }

    @Test
    void registrationAndTheErasedPageAreOpen() throws Exception {
        assertThat(status(get("/candidats/inscription"), null)).isEqualTo(200);
        assertThat(status(get("/candidats/compte-efface"), null)).isEqualTo(200);
        assertThat(status(get("/connexion/confirmation"), null)).isEqualTo(200);
    }
}
