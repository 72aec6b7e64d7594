package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A role that may not take a step is refused (403) before its input is read: it learns nothing from the messages
 * the form would give the role that may.
 */
@PasserelleIntegrationTest
class RefusedRoleLearnsNothingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    @Test
    void aPromoterPostingAnOpinionOrADecisionIsRefusedWhateverItTyped() throws Exception {
        UUID dossier = LabellingFixtures.submittedDossier(context, "Appel refus " + UUID.randomUUID(), "Projet refus " + UUID.randomUUID());
        String base = "/gestion/labellisation/dossiers/" + dossier;

        mvc.perform(post(base + "/avis").param("body", "INCONNU").param("givenOn", "2026-02-31").param("version", "0")
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/decision").param("outcome", "INCONNU").param("decidedOn", "31/02/2026")
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdministrationAttachingToADossierItDoesNotWriteIsRefusedBeforeTheDocumentIsRead() throws Exception {
        UUID dossier = LabellingFixtures.submittedDossier(context, "Appel pièce " + UUID.randomUUID(), "Projet pièce " + UUID.randomUUID());

        mvc.perform(multipart("/gestion/labellisation/dossiers/" + dossier + "/pieces")
                        .file(new MockMultipartFile("fichier", "x.pdf", "application/pdf", LabellingChainTest.PDF))
                        .param("requiredDocumentId", "pas-un-identifiant").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
