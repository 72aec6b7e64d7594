package fr.passerelle.campus;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Partnership agreements with their signed file, and the public page of a partner. */
@PasserelleIntegrationTest
class PartnershipTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    CampusRegistry registry;
    @Autowired
    AuditTrail audit;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    UUID partner() {
        return directory.partnersOf(campus()).get(0).organisation().id();
    }

    MockMultipartHttpServletRequestBuilder upload(UUID campus, byte[] content, String fileName, String title) {
        return upload(campus, content, fileName, title, "2029-09-14");
    }

    MockMultipartHttpServletRequestBuilder upload(UUID campus, byte[] content, String fileName, String title, String validUntil) {
        var request = multipart("/gestion/campus/" + campus + "/conventions");
        request.file(new MockMultipartFile("fichier", fileName, "application/pdf", content));
        request.param("partnerId", partner().toString()).param("title", title).param("signedOn", "2026-09-15")
                .param("validFrom", "2026-09-15").param("validUntil", validUntil).param("signatories", "La proviseure, le président du pôle");
        return request;
    }

    @Test
    void theDirectorRecordsASignedAgreementWhoseFileCanBeDownloadedAndTheChangeIsAudited() throws Exception {
        String title = "Convention " + UUID.randomUUID();
        mvc.perform(upload(campus(), PDF, "convention-signée.pdf", title).with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var agreement = directory.agreementsOf(campus()).stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
        assertThat(agreement.signatories()).isEqualTo("La proviseure, le président du pôle");
        assertThat(agreement.fileSize()).isEqualTo(PDF.length);

        byte[] downloaded = mvc.perform(get("/gestion/campus/" + campus() + "/conventions/" + agreement.id() + "/fichier").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        assertThat(audit.history("campus", campus()).get(0).summary()).isEqualTo("Convention ajoutée : " + title);

        // Read by the academic referent of its académie, refused to a director of another campus and to an expert.
        mvc.perform(get("/gestion/campus/" + campus() + "/conventions/" + agreement.id() + "/fichier").with(as(users, "referent")))
                .andExpect(status().isOk());
        mvc.perform(get("/gestion/campus/" + campus() + "/conventions/" + agreement.id() + "/fichier").with(as(users, "expert")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedInFrenchWithTheTypedFieldsKept() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        String title = "Convention image " + UUID.randomUUID();
        mvc.perform(upload(campus(), png, "scan.pdf", title).with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier « scan.pdf » n&#39;est pas un PDF")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("value=\"2029-09-14\"")));
        assertThat(directory.agreementsOf(campus())).noneMatch(a -> a.title().equals(title));
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        mvc.perform(upload(campus(), large, "lourde.pdf", "Convention lourde").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10 Mo au plus")));
    }

    @Test
    void anEndBeforeTheStartAndAMissingFileAreRefused() throws Exception {
        mvc.perform(upload(campus(), PDF, "c.pdf", "Convention à l'envers", "2020-01-01")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("La fin de validité précède le début.")));
        mvc.perform(multipart("/gestion/campus/" + campus() + "/conventions").param("partnerId", partner().toString()).param("title", "Sans fichier")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Joignez le fichier de la convention signée (PDF).")));
    }

    @Test
    void onlyEditorsOfTheCampusRecordAgreements() throws Exception {
        UUID other = registry.all().stream().filter(c -> !c.regionCode().equals("32")).findFirst().orElseThrow().id();
        mvc.perform(upload(other, PDF, "c.pdf", "Hors périmètre").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(upload(campus(), PDF, "c.pdf", "Partenaire").with(as(users, "partenaire")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPartnersPublicPageListsEveryCampusItWorksWith() throws Exception {
        var polepharma = directory.findByName("Polepharma").orElseThrow();
        var campuses = directory.campusesOf(polepharma.id());
        assertThat(campuses).isNotEmpty();
        var response = mvc.perform(get("/partenaires/" + polepharma.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Polepharma")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (UUID id : campuses) {
            assertThat(response).contains("/campus/" + registry.byId(id).orElseThrow().slug());
        }
        mvc.perform(get("/partenaires/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
