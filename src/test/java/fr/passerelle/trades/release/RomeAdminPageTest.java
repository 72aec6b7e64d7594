package fr.passerelle.trades.release;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The administration page of ROME releases: the national administrator's only, every act audited. */
@PasserelleIntegrationTest
class RomeAdminPageTest {

    private static final String PAGE = "/gestion/referentiels/rome";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReleaseCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSeesTheReleasesAndTheOneInService() throws Exception {
        mvc.perform(get(PAGE).with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"release-60\"")))
                .andExpect(content().string(containsString("En service")))
                .andExpect(content().string(containsString("ROME 4.0 version 60 - 25M09")));
        mvc.perform(get("/gestion").with(as(users, "admin"))).andExpect(content().string(containsString("href=\"/gestion/referentiels/rome\"")));
    }

    @Test
    void aZipOfAReleaseIsImportedInTheBackgroundWithItsProgressThenDeleted() throws Exception {
        String location = mvc.perform(multipart(PAGE + "/archive").file(new MockMultipartFile("archive", "RefRomeCsv.zip", "application/zip",
                        RomeSamples.zip(54))).with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "L’import de la version 54 du ROME a commencé."))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        for (int polls = 0; polls < 600 && catalog.find(id).orElseThrow().running(); polls++) { // at most two minutes
            Thread.sleep(200);
        }
        ReleaseView release = catalog.find(id).orElseThrow();
        assertThat(release.imported()).as(String.valueOf(release.error())).isTrue();
        assertThat(release.source()).isEqualTo("archive RefRomeCsv.zip");
        assertThat(release.count("trades")).isEqualTo(19);
        mvc.perform(get(location).with(as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Import terminé : <span>19</span> fiches métiers")));
        mvc.perform(get(location + "/progression").with(as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"progress\"")));

        mvc.perform(post(location + "/suppression").with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("success", "La version 54 du ROME est supprimée."));
        assertThat(catalog.find(id)).isEmpty();
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by id").param(id).query(String.class).list())
                .containsExactly("ROME_IMPORT_STARTED", "ROME_IMPORTED", "ROME_DELETED");
        assertThat(jdbc.sql("select distinct actor from audit_entry where entity_id = ?").param(id).query(String.class).list()).containsExactly("admin");
    }

    @Test
    void aVersionAlreadyImportedIsNotImportedAgain() throws Exception {
        UUID v60 = catalog.byVersion(60).orElseThrow().id();
        mvc.perform(multipart(PAGE + "/archive").file(new MockMultipartFile("archive", "rome.zip", "application/zip", RomeSamples.zip(60)))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "/" + v60))
                .andExpect(flash().attribute("success", "La version 60 du ROME est déjà importée : rien n’a été fait."));
    }

    @Test
    void aFileThatIsNotAReleaseIsRefusedOnTheForm() throws Exception {
        mvc.perform(multipart(PAGE + "/archive").file(new MockMultipartFile("archive", "notes.zip", "application/zip",
                        "pas une archive".getBytes(StandardCharsets.UTF_8))).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’archive ne contient ni version.txt ni fichier unix_…_utf8.csv")));
        mvc.perform(multipart(PAGE + "/archive").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez l’archive ZIP de la version du ROME à importer.")));
    }

    @Test
    void theReleaseInServiceCannotBeDeleted() throws Exception {
        UUID v60 = catalog.byVersion(60).orElseThrow().id();
        mvc.perform(post(PAGE + "/" + v60 + "/suppression").with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("error", "La version 60 est en service : mettez-en une autre en service avant de la supprimer."));
        assertThat(catalog.byVersion(60)).isPresent();
    }

    @Test
    void everyOtherRoleIsRefusedEveryPageAndEveryAct() throws Exception {
        UUID v60 = catalog.byVersion(60).orElseThrow().id();
        List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests = List.of(
                () -> get(PAGE),
                () -> get(PAGE + "/" + v60),
                () -> get(PAGE + "/" + v60 + "/progression"),
                () -> post(PAGE + "/" + v60 + "/en-service"),
                () -> post(PAGE + "/" + v60 + "/suppression"),
                () -> get(PAGE + "/comparaison").param("de", "60").param("a", "60"),
                () -> multipart(PAGE + "/archive").file(new MockMultipartFile("archive", "r.zip", "application/zip", new byte[] {1})),
                () -> post(PAGE + "/dossier").param("dossier", "rome4_v460"));
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            for (String username : TestActors.ALL) {
                if (username.equals("admin")) {
                    continue;
                }
                int status = mvc.perform(request.get().with(as(users, username)).with(csrf())).andReturn().getResponse().getStatus();
                if (status != 403) {
                    wrong.add("request " + i + " / " + username + " → " + status);
                }
            }
            var anonymous = mvc.perform(request.get().with(csrf())).andReturn().getResponse();
            assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        }
        assertThat(wrong).isEmpty();
        assertThat(catalog.byVersion(60).orElseThrow().current()).isTrue();
    }
}
