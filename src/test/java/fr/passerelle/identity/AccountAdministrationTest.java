package fr.passerelle.identity;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.platform.AuditTrail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void administratorOpensARegionalCoordinatorWhoCanThenLogInWithTheirScope() throws Exception {
        String username = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/gestion/comptes").with(as(users, "admin")).with(csrf())
                        .param("username", username).param("displayName", "Coordination Bretagne").param("email", username + "@example.fr")
                        .param("role", "REGIONAL_COORDINATOR").param("regionCode", "53").param("academyCode", "14")
                        .param("password", "un mot de passe long"))
                .andExpect(status().is3xxRedirection());
        Actor opened = accounts.byUsername(username).orElseThrow();
        assertThat(opened.role()).isEqualTo(Role.REGIONAL_COORDINATOR);
        assertThat(opened.regionCode()).isEqualTo("53");
        assertThat(opened.academyCode()).as("only the scope of the role is kept").isNull();

        var details = users.loadUserByUsername(username);
        assertThat(passwordEncoder.matches("un mot de passe long", details.getPassword())).isTrue();
        assertThat(details.getPassword()).doesNotContain("un mot de passe long");

        var entry = audit.history(Accounts.AUDITED, opened.accountId()).get(0);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.changes().toString()).doesNotContain("un mot de passe long");
    }

    @Test
    void aMissingScopeATakenUsernameAndAShortPasswordAreRefusedInFrench() throws Exception {
        mvc.perform(post("/gestion/comptes").with(as(users, "admin")).with(csrf())
                        .param("username", "direction2").param("displayName", "Sans campus").param("email", "sans-campus@example.fr")
                        .param("role", "OPERATIONAL_DIRECTOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rattaché·e à un campus")))
                .andExpect(content().string(containsString("value=\"Sans campus\"")));
        mvc.perform(post("/gestion/comptes").with(as(users, "admin")).with(csrf())
                        .param("username", "direction").param("displayName", "Doublon").param("email", "doublon@example.fr")
                        .param("role", "EXPERT"))
                .andExpect(content().string(containsString("Cet identifiant est déjà pris.")));
        mvc.perform(post("/gestion/comptes").with(as(users, "admin")).with(csrf())
                        .param("username", "court").param("displayName", "Court").param("email", "court@example.fr")
                        .param("role", "EXPERT").param("password", "court"))
                .andExpect(content().string(containsString("au moins 12 caractères")));
        assertThat(accounts.byUsername("direction2")).isEmpty();
        assertThat(accounts.byUsername("court")).isEmpty();
    }

    @Test
    void aDisabledAccountCanNoLongerLogIn() throws Exception {
        Actor expert = accounts.open(new NewAccount("expert-" + UUID.randomUUID().toString().substring(0, 8), UUID.randomUUID() + "@example.fr",
                "Expert", "un mot de passe long", Role.EXPERT, null, null, null, null));
        mvc.perform(post("/gestion/comptes/" + expert.accountId() + "/activation").param("actif", "false").with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(users.loadUserByUsername(expert.username()).isEnabled()).isFalse();
        assertThat(accounts.byEmail(expert.username())).isEmpty();
    }

    @Test
    void onlyTheNationalAdministratorManagesAccounts() throws Exception {
        for (String username : new String[] {"coordination", "referent", "direction", "partenaire", "recruteur", "expert"}) {
            mvc.perform(get("/gestion/comptes").with(as(users, username))).andExpect(status().isForbidden());
            mvc.perform(post("/gestion/comptes").param("username", "x").with(as(users, username)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/gestion/comptes").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ouvrir un compte")))
                .andExpect(content().string(not(containsString("{bcrypt}"))));
    }

    @Test
    void theFirstAdministratorIsOpenedFromConfigurationOnlyOnADatabaseWithoutAccounts() {
        var bootstrap = new InitialAdministrator(accounts, "premier@example.fr", "un mot de passe long");
        long before = accounts.count();
        bootstrap.run(null);
        assertThat(accounts.count()).as("accounts exist already: nothing opened").isEqualTo(before);
        assertThatThrownBy(() -> new InitialAdministrator(emptyAccounts(), "premier@example.fr", "court").run(null))
                .hasMessageContaining("at least 12 characters");
    }

    private Accounts emptyAccounts() {
        return new Accounts(null, passwordEncoder, audit, java.time.Clock.systemUTC(), null, null) {
            @Override
            public long count() {
                return 0;
            }
        };
    }
}
