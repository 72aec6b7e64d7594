package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.jobs.Candidates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo candidates: fictitious, on Neopolia's trades, loaded once however often the loading runs. */
@PasserelleIntegrationTest
class DemoCandidatesTest {

    @Autowired
    DemoCandidates demo;
    @Autowired
    Candidates candidates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theDemoCandidatesAreFictitiousHaveProfilesAndLoadOnce() throws Exception {
        demo.load();
        int count = jdbc.sql("select count(*) from candidate").query(Integer.class).single();
        demo.load();
        assertThat(jdbc.sql("select count(*) from candidate").query(Integer.class).single()).isEqualTo(count);

        var candidate = candidates.byUsername("candidat").orElseThrow();
        assertThat(candidate.displayName()).contains("(fictive)");
        assertThat(jdbc.sql("select cardinality(job_titles) from candidate where account_id = ?").param(candidate.accountId())
                .query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select display_name from account where role = 'CANDIDATE' and username like 'candidat-demo-%'")
                .query(String.class).list()).hasSize(3).allMatch(name -> name.contains("(fictif)") || name.contains("(fictive)"));
        mvc.perform(post("/connexion").param("username", "candidat").param("password", DemoData.PASSWORD).with(csrf()).with(r -> {
            r.setRemoteAddr("198.51.100.250");
            return r;
        })).andExpect(redirectedUrl("/candidat"));
    }
}
