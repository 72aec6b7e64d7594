package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** One instant is shown the same way, in the time of France, in every block of a dossier page. */
@PasserelleIntegrationTest
class DossierTimesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Times times;

    @Test
    void theSubmissionIsShownInParisTimeInTheVersionsAndInTheSteps() throws Exception {
        UUID dossier = LabellingFixtures.submittedDossier(context, "Appel des heures " + UUID.randomUUID(), "Campus des heures");
        Instant versionSubmitted = jdbc.sql("select submitted_at from application_version where application_id = ? and number = 1")
                .param(dossier).query(Instant.class).single();
        Instant stepEntered = jdbc.sql("select entered_at from application_step where application_id = ? and status = 'SUBMITTED'")
                .param(dossier).query(Instant.class).single();

        String page = mvc.perform(get("/gestion/labellisation/dossiers/" + dossier).with(as(users, "referent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(times.zone().getId()).isEqualTo("Europe/Paris");
        assertThat(page).contains("Version 1, déposée le " + times.dateTime(versionSubmitted) + " par")
                .contains(times.dateTime(stepEntered) + " — ");
        // Paris is never at UTC: the same instant written in UTC (what #temporals did with an Instant) is nowhere.
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH'h'mm").withZone(ZoneOffset.UTC);
        assertThat(page).doesNotContain(utc.format(versionSubmitted)).doesNotContain(utc.format(stepEntered));
    }
}
