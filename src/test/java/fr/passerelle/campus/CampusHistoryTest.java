package fr.passerelle.campus;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A campus's history tells of every item whatever its visibility: only those who see everything of the campus read it. */
@PasserelleIntegrationTest
class CampusHistoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;

    @Test
    void aPartnerMemberCannotReadTheHistoryNorSeeItsLinkWhileTheDirectorStillReadsIt() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        assertThat(registry.inScopeOf(accounts.byUsername("partenaire").orElseThrow())).extracting(s -> s.card().id()).contains(campus);
        // A body kept to its members: what it is called is told in the history, not to partners.
        String bodyName = "Comité restreint " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/gestion/campus/" + campus + "/instances").param("kind", "WORKING_GROUP").param("name", bodyName)
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/gestion/campus/" + campus + "/historique").with(as(users, "partenaire")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(bodyName))));
        mvc.perform(get("/gestion/campus/" + campus + "/instances").with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/historique"))));
        mvc.perform(get("/gestion").with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/historique"))))
                .andExpect(content().string(containsString("/gestion/campus/" + campus + "/instances")));

        mvc.perform(get("/gestion/campus/" + campus + "/historique").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Instance créée : " + bodyName)));
        mvc.perform(get("/gestion/campus/" + campus + "/instances").with(as(users, "direction")))
                .andExpect(content().string(containsString("/gestion/campus/" + campus + "/historique")));
        mvc.perform(get("/gestion/campus/" + campus + "/instances").with(as(users, "referent")))
                .andExpect(content().string(containsString("/gestion/campus/" + campus + "/historique")));
    }

    @Test
    void theHistoryIsPagedNewestFirstFromOnePageToTheNext() throws Exception {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        var identity = new CampusIdentity("Campus à l'histoire longue " + UUID.randomUUID(), Sector.DIGITAL, "32", "09", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null);
        UUID campus = registry.create(admin, identity).id();
        int changes = CampusRegistry.HISTORY_PAGE_SIZE + 5;
        for (int i = 1; i <= changes; i++) {
            var editable = registry.editable(admin, campus);
            registry.update(admin, campus, editable.version(), new CampusIdentity(identity.name(), identity.sector(), "32", "09", null, null,
                    null, null, null, null, null, null, null, null, "https://campus-" + i + ".example.fr", null, null, null, null));
        }

        AuditTrail.Page first = registry.history(admin, campus, null);
        assertThat(first.entries()).hasSize(CampusRegistry.HISTORY_PAGE_SIZE);
        assertThat(first.entries().get(0).changes()).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("https://campus-" + changes + ".example.fr"));
        assertThat(first.hasOlder()).isTrue();
        AuditTrail.Page second = registry.history(admin, campus, first.olderThan());
        assertThat(second.entries()).extracting(AuditTrail.Entry::action).containsExactly("MODIFICATION", "MODIFICATION", "MODIFICATION",
                "MODIFICATION", "MODIFICATION", "CREATION");
        assertThat(second.hasOlder()).isFalse();

        String page = mvc.perform(get("/gestion/campus/" + campus + "/historique").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("avant=" + first.olderThan())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("class=\"audit-entry\"", -1)).hasSize(CampusRegistry.HISTORY_PAGE_SIZE + 1);
        mvc.perform(get("/gestion/campus/" + campus + "/historique").param("avant", first.olderThan().toString()).with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Campus créé")))
                .andExpect(content().string(containsString("id=\"history-newest\"")))
                .andExpect(content().string(not(containsString("id=\"history-older\""))));
        // A cursor that is not a number shows the newest page rather than an error.
        mvc.perform(get("/gestion/campus/" + campus + "/historique").param("avant", "n'importe quoi").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("https://campus-" + changes + ".example.fr")));
    }
}
