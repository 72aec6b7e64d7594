package fr.passerelle.campus;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@PasserelleIntegrationTest
class CampusEditingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    AuditTrail audit;

    @Test
    void directorEditsTheirCampusAndTheChangeIsAuditedWithBeforeAndAfter() throws Exception {
        Actor director = accounts.byUsername("direction").orElseThrow();
        var before = registry.editable(director, director.campusId());
        MultiValueMap<String, String> form = formOf(before);
        form.set("description", "Présentation revue " + UUID.randomUUID());

        mvc.perform(post("/gestion/campus/" + director.campusId()).params(form).with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/gestion/campus/" + director.campusId() + "/modifier"));

        var entry = audit.history(CampusRegistry.AUDITED, director.campusId()).get(0);
        assertThat(entry.actor()).isEqualTo("direction");
        assertThat(entry.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("Présentation");
            assertThat(change.before()).isEqualTo(before.identity().description());
            assertThat(change.after()).isEqualTo(form.getFirst("description"));
        });
        mvc.perform(get("/gestion/campus/" + director.campusId() + "/historique").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(form.getFirst("description"))));
    }

    @Test
    void aConcurrentEditIsExplainedAndNeitherVersionIsLost() throws Exception {
        Actor director = accounts.byUsername("direction").orElseThrow();
        var opened = registry.editable(director, director.campusId());
        // Someone else saves first.
        MultiValueMap<String, String> theirs = formOf(opened);
        theirs.set("website", "https://premier.example.fr");
        mvc.perform(post("/gestion/campus/" + director.campusId()).params(theirs).with(as(users, "coordination")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Then the director saves what they typed on the stale form.
        MultiValueMap<String, String> mine = formOf(opened);
        mine.set("website", "https://second.example.fr");
        mvc.perform(post("/gestion/campus/" + director.campusId()).params(mine).with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Modification concurrente")))
                .andExpect(content().string(containsString("https://second.example.fr")))
                .andExpect(content().string(containsString("https://premier.example.fr")));
        assertThat(registry.byId(director.campusId()).orElseThrow().website()).isEqualTo("https://premier.example.fr");
    }

    @Test
    void invalidInputIsRefusedInFrenchNextToTheFieldAndWhatWasTypedIsKept() throws Exception {
        Actor director = accounts.byUsername("direction").orElseThrow();
        var opened = registry.editable(director, director.campusId());
        MultiValueMap<String, String> form = formOf(opened);
        form.set("latitude", "cinquante");
        form.set("directorEmail", "pas-une-adresse");
        form.set("description", "Texte saisi à conserver");
        mvc.perform(post("/gestion/campus/" + director.campusId()).params(form).with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La latitude est un nombre décimal")))
                .andExpect(content().string(containsString("L&#39;adresse e-mail n&#39;est pas valide.")))
                .andExpect(content().string(containsString("value=\"cinquante\"")))
                .andExpect(content().string(containsString("Texte saisi à conserver")));
        assertThat(registry.editable(director, director.campusId()).version()).isEqualTo(opened.version());
    }

    @Test
    void anAcademyOutsideTheRegionIsRefused() throws Exception {
        Actor director = accounts.byUsername("direction").orElseThrow();
        MultiValueMap<String, String> form = formOf(registry.editable(director, director.campusId()));
        form.set("academyCode", "10"); // Lyon, in Auvergne-Rhône-Alpes
        mvc.perform(post("/gestion/campus/" + director.campusId()).params(form).with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L&#39;académie de Lyon n&#39;est pas dans la région Hauts-de-France.")));
    }

    @Test
    void coordinatorCreatesACampusInTheirRegionWithTheCommuneCentreAsItsPosition() throws Exception {
        MultiValueMap<String, String> form = BackOfficeAuthorizationTest.form("Campus test des métiers du verre", "32", "09");
        form.set("municipalityCode", "59350");
        mvc.perform(post("/gestion/campus").params(form).with(as(users, "coordination")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        CampusCard created = registry.all().stream().filter(c -> c.name().equals("Campus test des métiers du verre")).findFirst().orElseThrow();
        assertThat(created.municipalityName()).isEqualTo("Lille");
        assertThat(created.slug()).isEqualTo("campus-test-des-metiers-du-verre");
        assertThat(audit.history(CampusRegistry.AUDITED, created.id())).extracting(AuditTrail.Entry::action).contains("CREATION");
    }

    static MultiValueMap<String, String> formOf(CampusRegistry.Editable editable) {
        CampusForm f = CampusForm.of(editable.identity(), editable.version());
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("name", f.name());
        params.add("sector", f.sector());
        params.add("regionCode", f.regionCode());
        params.add("academyCode", f.academyCode());
        params.add("municipalityCode", f.municipalityCode());
        params.add("latitude", f.latitude());
        params.add("longitude", f.longitude());
        params.add("supportEstablishmentId", f.supportEstablishmentId());
        params.add("website", f.website());
        params.add("description", f.description());
        params.add("directorName", f.directorName());
        params.add("directorEmail", f.directorEmail());
        params.add("directorPhone", f.directorPhone());
        params.add("version", Long.toString(f.version()));
        return params;
    }
}
