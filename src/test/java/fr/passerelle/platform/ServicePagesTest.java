package fr.passerelle.platform;

import static fr.passerelle.TestActors.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The pages every State service carries are open to all, linked from every page's footer, and say what they must. */
@PasserelleIntegrationTest
class ServicePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void everyPageCarriesTheMinistryTheMandatoryLinksAndTheDisplaySettings() throws Exception {
        mvc.perform(get("/campus")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Ministère<br>de l’Éducation<br>nationale"),
                containsString("href=\"/plan-du-site\""), containsString("href=\"/accessibilite\">Accessibilité : non conforme"),
                containsString("href=\"/mentions-legales\""), containsString("href=\"/donnees-personnelles\""),
                containsString("href=\"/gestion-des-cookies\""), containsString("aria-controls=\"fr-theme-modal\""),
                containsString("id=\"fr-display\""), containsString("href=\"/api-et-donnees-ouvertes\""),
                not(containsString("class=\"fr-nav__link\" href=\"/swagger-ui.html\"")))));
    }

    @Test
    void theServicePagesAreOpenWithoutLogin() throws Exception {
        mvc.perform(get("/mentions-legales")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Direction générale de l’enseignement scolaire"), containsString("Hébergement"))));
        mvc.perform(get("/donnees-personnelles")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("dpd@passerelle.invalid"), containsString("CNIL"))));
        mvc.perform(get("/gestion-des-cookies")).andExpect(status().isOk())
                .andExpect(content().string(containsString("aucun cookie de mesure d’audience")));
        mvc.perform(get("/api-et-donnees-ouvertes")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("GET /api/v1/campuses"), containsString("href=\"/swagger-ui.html\""),
                        containsString("href=\"/open-data/campuses.csv\""))));
    }

    @Test
    void theAccessibilityStatementSaysNotConformingUntilAnAuditAndOffersTheGrid() throws Exception {
        mvc.perform(get("/accessibilite")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<strong>non conforme</strong>"), containsString("aucun audit"),
                        containsString("href=\"/accessibilite/grille-audit.xlsx\""), containsString("Défenseur des droits"))));
        mvc.perform(get("/accessibilite/grille-audit.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Spreadsheet.XLSX_MEDIA_TYPE))
                .andExpect(header().string("Content-Disposition", containsString("grille-audit-rgaa-4.1.xlsx")));
    }

    @Test
    void theSiteMapOffersTheBackOfficeOnlyToThoseLoggedIn() throws Exception {
        mvc.perform(get("/plan-du-site")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/connexion\""), not(containsString("Espace de gestion</a> :")))));
        mvc.perform(get("/plan-du-site").with(as(users, "partenaire"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Espace de gestion</a> :"), not(containsString("href=\"/connexion\">Se connecter</a> (")))));
    }
}
