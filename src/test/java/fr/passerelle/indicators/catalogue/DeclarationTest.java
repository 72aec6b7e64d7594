package fr.passerelle.indicators.catalogue;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.directorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestFiles;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@PasserelleIntegrationTest
class DeclarationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Declarations declarations;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    static String page(UUID campus, String code, int year) {
        return "/gestion/campus/" + campus + "/indicateurs/" + code + "/" + year + "/declaration";
    }

    static MockMultipartHttpServletRequestBuilder declaration(UUID campus, String code, int year) {
        return multipart(page(campus, code, year));
    }

    @Test
    void aNewDeclarationSupersedesTheCurrentOneAndTheHistoryKeepsBothWithTheirEvidence() throws Exception {
        UUID campus = campus();
        mvc.perform(declaration(campus, "SOCIAL_NETWORKS", 2005).file(new MockMultipartFile("justificatif", "export.pdf", "application/pdf", TestFiles.pdf()))
                        .param("v-total", "42").param("comment", "Export des comptes du campus").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(declaration(campus, "SOCIAL_NETWORKS", 2005).param("v-total", "45").param("comment", "Trois publications oubliées")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var sheet = declarations.sheet(directorOf(campus), campus, "SOCIAL_NETWORKS", 2005);
        assertThat(sheet.history()).hasSize(2);
        assertThat(sheet.history().get(0).current()).isTrue();
        assertThat(sheet.history().get(0).values()).containsEntry("", new BigDecimal("45.00"));
        assertThat(sheet.history().get(0).evidenceName()).isNull();
        assertThat(sheet.history().get(1).current()).isFalse();
        assertThat(sheet.history().get(1).values()).containsEntry("", new BigDecimal("42.00"));
        assertThat(sheet.history().get(1).evidenceName()).isEqualTo("export.pdf");
        assertThat(sheet.history().get(1).comment()).isEqualTo("Export des comptes du campus");
        assertThat(audit.history("campus", campus)).extracting(AuditTrail.Entry::summary)
                .contains("Indicateur « Utilisation des réseaux sociaux » déclaré pour 2005");

        mvc.perform(get(page(campus, "SOCIAL_NETWORKS", 2005)).with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Remplacée")))
                .andExpect(content().string(containsString("export.pdf")))
                .andExpect(content().string(containsString("Trois publications oubliées")))
                .andExpect(content().string(not(containsString("id=\"declaration-form\""))));
    }

    @Test
    void aValueByTrainingRouteIsDeclaredKeyByKeyAndItsTotalIsTheirSum() throws Exception {
        UUID campus = campus();
        mvc.perform(declaration(campus, "LEARNERS_BY_ROUTE", 2006).param("v-SCHOOL", "1 200").param("v-APPRENTICESHIP", "340")
                        .param("v-CONTINUING", "60").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var current = declarations.sheet(directorOf(campus), campus, "LEARNERS_BY_ROUTE", 2006).current().orElseThrow();
        assertThat(current.values()).containsEntry("", new BigDecimal("1600.00")).containsEntry("SCHOOL", new BigDecimal("1200.00"))
                .containsEntry("APPRENTICESHIP", new BigDecimal("340.00")).containsEntry("CONTINUING", new BigDecimal("60.00"));
        assertThat(current.values()).hasSize(4);
    }

    @Test
    void valuesAreCheckedByUnitAndTheRefusedFormComesBackAsTyped() throws Exception {
        UUID campus = campus();
        mvc.perform(declaration(campus, "NETWORK_SATISFACTION", 2007).param("v-total", "120").param("comment", "Enquête 2007")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La valeur : un pourcentage est compris entre 0 et 100.")))
                .andExpect(content().string(containsString("value=\"120\"")))
                .andExpect(content().string(containsString("Enquête 2007")));
        mvc.perform(declaration(campus, "LEARNERS_BY_ROUTE", 2007).param("v-SCHOOL", "12,5").param("v-APPRENTICESHIP", "-3")
                        .param("v-CONTINUING", "").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voie scolaire : nombre entier attendu (sans décimales).")))
                .andExpect(content().string(containsString("Apprentissage : un nombre ne peut être négatif.")))
                .andExpect(content().string(containsString("Formation continue : indiquez une valeur.")));
        mvc.perform(declaration(campus, "SOCIAL_NETWORKS", 2007).file(new MockMultipartFile("justificatif", "page.html", "text/html",
                        "<html></html>".getBytes())).param("v-total", "3").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne sont pas acceptés")));
        assertThat(declarations.sheet(directorOf(campus), campus, "NETWORK_SATISFACTION", 2007).history()).isEmpty();
        assertThat(declarations.sheet(directorOf(campus), campus, "LEARNERS_BY_ROUTE", 2007).history()).isEmpty();
        assertThat(declarations.sheet(directorOf(campus), campus, "SOCIAL_NETWORKS", 2007).history()).isEmpty();
    }

    @Test
    void declaringIsRefusedForAnotherCampusDirectorAnExpertAReaderAndAComputedIndicator() throws Exception {
        UUID campus = campus();
        UUID other = registry.all().stream().filter(c -> !c.id().equals(campus)).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> declarations.declare(directorOf(other), campus, "SOCIAL_NETWORKS", 2008, Map.of("", BigDecimal.ONE), null))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(declaration(campus, "SOCIAL_NETWORKS", 2008).param("v-total", "4").with(as(users, "expert")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(declaration(campus, "SOCIAL_NETWORKS", 2008).param("v-total", "4").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(declaration(campus, "SOCIAL_NETWORKS", 2008).param("v-total", "").with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> declarations.declare(directorOf(campus), campus, "STEERING_MEETINGS", 2008, Map.of("", BigDecimal.ONE), null))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(declaration(campus, "STEERING_MEETINGS", 2008).param("v-total", "4").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(declarations.sheet(directorOf(campus), campus, "SOCIAL_NETWORKS", 2008).history()).isEmpty();
    }

    @Test
    void aYearOutsideTwoThousandToNextYearIsRefused() throws Exception {
        UUID campus = campus();
        int next = Year.now(clock).getValue() + 1;
        mvc.perform(get(page(campus, "SOCIAL_NETWORKS", 1999)).with(as(users, "direction"))).andExpect(status().isNotFound());
        mvc.perform(get(page(campus, "SOCIAL_NETWORKS", next + 1)).with(as(users, "direction"))).andExpect(status().isNotFound());
        mvc.perform(declaration(campus, "SOCIAL_NETWORKS", next + 1).param("v-total", "4").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(page(campus, "SOCIAL_NETWORKS", next)).with(as(users, "direction"))).andExpect(status().isOk());
    }

    @Test
    void theEvidenceIsDownloadedByWhoReadsTheCampusIndicatorsOnly() throws Exception {
        UUID campus = campus();
        UUID id = declarations.declare(directorOf(campus), campus, "SOCIAL_NETWORKS", 2009, Map.of("", BigDecimal.TEN), "Avec capture",
                "capture.pdf", TestFiles.pdf("capture"));
        String url = page(campus, "SOCIAL_NETWORKS", 2009) + "/" + id + "/justificatif";
        for (String reader : new String[] {"direction", "admin", "referent", "coordination", "conseil-regional"}) {
            mvc.perform(get(url).with(as(users, reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition", containsString("capture.pdf")));
        }
        for (String stranger : new String[] {"expert", "partenaire", "recruteur"}) {
            mvc.perform(get(url).with(as(users, stranger))).andExpect(status().isForbidden());
        }
        mvc.perform(get(page(campus, "SOCIAL_NETWORKS", 2009) + "/" + UUID.randomUUID() + "/justificatif").with(as(users, "direction")))
                .andExpect(status().isNotFound());
    }
}
