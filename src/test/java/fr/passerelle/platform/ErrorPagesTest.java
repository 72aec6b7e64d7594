package fr.passerelle.platform;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** What a reader sees when a request fails: a French page or a French problem, never the text of an exception. */
@PasserelleIntegrationTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;

    @Test
    void theErrorAddressOpenedDirectlyIsAPageThatDoesNotExist() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Introuvable"));
    }

    @Test
    void aMalformedIdInTheAddressIsNotFoundAndAMalformedParameterIsExplainedInFrench() throws Exception {
        mvc.perform(get("/api/v1/calls/pas-un-identifiant"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("l'identifiant qu'elle contient n'est pas valide")));
        var campus = accounts.byUsername("direction").orElseThrow().campusId();
        mvc.perform(get("/gestion/campus/" + campus + "/budget").param("annee", "1e999").accept(MediaType.TEXT_HTML).with(as(users, "direction")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La valeur du paramètre « annee » n&#39;a pas le format attendu.")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aValueTheDatabaseRefusesIsA400InFrenchWithoutItsSql() {
        var tooLong = new DataIntegrityViolationException("could not execute statement",
                new SQLException("ERROR: value too long for type character varying(255)", "22001"));
        var overflow = new DataIntegrityViolationException("x", new SQLException("ERROR: numeric field overflow", "22003"));
        var duplicate = new DataIntegrityViolationException("x", new SQLException("ERROR: duplicate key", "23505"));

        assertThat(BadInputAdvice.of(tooLong)).isEqualTo(new BadInputAdvice.Refusal(400,
                "Un texte saisi est trop long pour être enregistré. Revenez à la page précédente et raccourcissez-le."));
        assertThat(BadInputAdvice.of(overflow).status()).isEqualTo(400);
        assertThat(BadInputAdvice.of(overflow).message()).startsWith("Un nombre saisi est trop grand");
        assertThat(BadInputAdvice.of(duplicate).status()).isEqualTo(409);
        assertThat(BadInputAdvice.of(duplicate).message()).doesNotContain("duplicate", "ERROR");
    }
}
