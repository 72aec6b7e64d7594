package fr.passerelle.identity;

import static fr.passerelle.TestActors.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Each role lands on the work waiting for it, composed of the modules' panels, with only the links it may open. */
@PasserelleIntegrationTest
class LandingPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theExpertLandsOnTheDossiersToScore() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "expert")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossiers à évaluer")))
                .andExpect(content().string(containsString("/expertise")))
                .andExpect(content().string(not(containsString("Aucun campus"))))
                .andExpect(content().string(not(containsString("Campus de votre périmètre"))));
    }

    @Test
    void theRecruiterLandsOnItsCompanyAndNeverOnTheBoard() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "recruteur")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre organisation")))
                .andExpect(content().string(containsString("Modifier la fiche et ses personnes")))
                .andExpect(content().string(not(containsString("/gestion/labellisation/tableau"))))
                .andExpect(content().string(not(containsString("Aucun campus"))));
    }

    @Test
    void theDirectorLandsOnItsCampusSectionsMeetingsAndDossiers() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre campus")))
                .andExpect(content().string(containsString("Instances et réunions")))
                .andExpect(content().string(containsString("Réunions à venir")))
                .andExpect(content().string(containsString("Comptes rendus à rédiger")))
                .andExpect(content().string(containsString("Dossiers à rédiger ou à compléter")))
                .andExpect(content().string(containsString("Labels arrivant à échéance")));
    }

    @Test
    void thePartnerLandsOnItsOrganisationAndCampusWithoutTheEditorsLinks() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre organisation")))
                .andExpect(content().string(containsString("Réunions à venir")))
                .andExpect(content().string(containsString("Modifier la fiche et ses personnes")))
                .andExpect(content().string(not(containsString("Modifier l’identité"))))
                .andExpect(content().string(not(containsString("Partenaires de "))))
                .andExpect(content().string(not(containsString("/historique"))))
                .andExpect(content().string(not(containsString("/gestion/labellisation/tableau"))));
    }

    @Test
    void theRegionalCoordinationLandsOnTheOpinionsToRecord() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "coordination")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avis du CAEN à saisir")))
                .andExpect(content().string(not(containsString("Avis du Crefop à saisir"))))
                .andExpect(content().string(containsString("Campus de votre périmètre")))
                .andExpect(content().string(containsString("Créer un campus")));
    }

    @Test
    void theConseilRegionalLandsOnTheCrefopOpinionsToRecordAndTheCampusesOfItsRegionWithoutCreatingAny() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "conseil-regional")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avis du Crefop à saisir")))
                .andExpect(content().string(not(containsString("Avis du CAEN à saisir"))))
                .andExpect(content().string(containsString("Campus de votre périmètre")))
                .andExpect(content().string(not(containsString("Créer un campus"))));
    }

    @Test
    void theAdministrationLandsOnTheChainsNextSteps() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossiers à confier aux experts")))
                .andExpect(content().string(containsString("Avis du CNEE à saisir")))
                .andExpect(content().string(containsString("Décisions à prendre")))
                .andExpect(content().string(containsString("Administration de la plateforme")));
    }

    @Test
    void theReferentLandsOnItsAcademysDossiersAndCampusesWithoutTheirIdentity() throws Exception {
        mvc.perform(get("/gestion").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossiers à rédiger ou à compléter")))
                .andExpect(content().string(containsString("Campus de votre périmètre")))
                .andExpect(content().string(not(containsString("Modifier l’identité"))))
                .andExpect(content().string(not(containsString("Partenaires de "))));
    }
}
