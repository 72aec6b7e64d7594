package fr.passerelle.campus;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.coordinatorOf;
import static fr.passerelle.TestActors.directorOf;
import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.referentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestFiles;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The framework agreement and the carrying structure of a campus: who changes them, what is kept, what is refused. */
@PasserelleIntegrationTest
class FrameworkAgreementTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusFoundations foundations;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Directory directory;
    @Autowired
    AuditTrail audit;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    CampusCard anotherRegionsCampus() {
        CampusCard own = registry.byId(campus()).orElseThrow();
        return registry.all().stream().filter(c -> !c.regionCode().equals(own.regionCode())).findFirst().orElseThrow();
    }

    String agreementVersion(UUID campus) {
        var agreement = foundations.of(nationalAdmin(), campus).agreement();
        return agreement == null ? "" : Long.toString(agreement.version());
    }

    String structureVersion(UUID campus) {
        var structure = foundations.of(nationalAdmin(), campus).structure();
        return structure == null ? "" : Long.toString(structure.version());
    }

    MockMultipartHttpServletRequestBuilder agreement(UUID campus, String version, String title) {
        return agreement(campus, version, title, Map.of());
    }

    /** The agreement form as a director fills it, with {@code overrides} typed instead of some fields. */
    MockMultipartHttpServletRequestBuilder agreement(UUID campus, String version, String title, Map<String, String> overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("title", title);
        fields.put("signedOn", "2024-03-15");
        fields.put("effectiveFrom", "2024-04-01");
        fields.put("effectiveUntil", "2028-03-31");
        fields.put("signatories[0].party", "Région Hauts-de-France");
        fields.put("signatories[0].name", "Xavier Bertrand");
        fields.put("signatories[0].function", "Président du conseil régional");
        fields.put("signatories[0].signedOn", "2024-03-15");
        fields.put("signatories[0].commitmentAmount", "150 000,00");
        fields.put("signatories[0].commitmentPurpose", "Ingénierie et animation du campus");
        fields.put("signatories[1].party", "");
        fields.put("signatories[1].name", "");
        fields.put("signatories[2].party", "Rectorat de l’académie de Lille");
        fields.put("signatories[2].name", "Valérie Cabuil");
        fields.put("signatories[2].function", "Rectrice de la région académique");
        fields.put("signatories[2].commitmentAmount", "60000");
        fields.put("signatories[2].commitmentPurpose", "Décharge du directeur opérationnel");
        fields.putAll(overrides);
        var request = multipart("/gestion/campus/" + campus + "/convention-cadre");
        fields.forEach(request::param);
        return request;
    }

    static FrameworkAgreementTerms terms(String title) {
        return new FrameworkAgreementTerms(title, LocalDate.of(2024, 1, 10), null, null,
                List.of(new FrameworkAgreementTerms.Signatory("Région", null, null, null, null, null)));
    }

    @Test
    void theDirectorRecordsTheAgreementWithItsSignatoriesCommitmentsAndFileAndEveryChangeIsAudited() throws Exception {
        var request = agreement(campus(), agreementVersion(campus()), "Convention cadre 2024-2028");
        request.file(new MockMultipartFile("fichier", "convention-cadre.pdf", "application/pdf", TestFiles.pdf("Convention cadre")));
        mvc.perform(request.with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "La convention cadre est enregistrée."));

        var saved = foundations.of(nationalAdmin(), campus()).agreement();
        assertThat(saved.terms().title()).isEqualTo("Convention cadre 2024-2028");
        assertThat(saved.terms().effectiveUntil()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(saved.terms().signatories()).extracting(FrameworkAgreementTerms.Signatory::party)
                .containsExactly("Région Hauts-de-France", "Rectorat de l’académie de Lille");
        assertThat(saved.terms().signatories().get(0).commitmentAmount()).isEqualByComparingTo("150000");
        assertThat(saved.terms().totalCommitments()).isEqualByComparingTo(new BigDecimal("210000"));
        assertThat(saved.fileName()).isEqualTo("convention-cadre.pdf");
        assertThat(audit.history("campus", campus())).anySatisfy(entry -> {
            assertThat(entry.action()).startsWith("CONVENTION_CADRE_");
            assertThat(entry.changes()).anySatisfy(change -> assertThat(change.after()).contains("Région Hauts-de-France")
                    .contains("150 000,00 €"));
        });

        // Amended without a new file: the signed file stays, the change is audited.
        mvc.perform(agreement(campus(), agreementVersion(campus()), "Convention cadre 2024-2029").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(foundations.of(nationalAdmin(), campus()).agreement().fileName()).isEqualTo("convention-cadre.pdf");
        assertThat(audit.history("campus", campus())).anySatisfy(entry -> assertThat(entry.changes())
                .anySatisfy(change -> assertThat(change.after()).isEqualTo("Convention cadre 2024-2029")));

        // The academic referent reads it all, file included, and has no form.
        mvc.perform(get("/gestion/campus/" + campus() + "/convention-cadre").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rectorat de l’académie de Lille")))
                .andExpect(content().string(containsString("150 000,00 €")))
                .andExpect(content().string(not(containsString("id=\"save-agreement\""))));
        mvc.perform(get("/gestion/campus/" + campus() + "/convention-cadre/fichier").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(TestFiles.pdf("Convention cadre")));

        // The public page names the signatories, not the commitments.
        mvc.perform(get("/campus/" + registry.byId(campus()).orElseThrow().slug()))
                .andExpect(content().string(containsString("id=\"public-foundations\"")))
                .andExpect(content().string(containsString("Rectorat de l’académie de Lille (Valérie Cabuil, Rectrice de la région académique)")))
                .andExpect(content().string(not(containsString("150 000"))))
                .andExpect(content().string(not(containsString("convention-cadre/fichier"))));
    }

    @Test
    void aDirectorOfAnotherCampusAndAnAcademicReferentWhoOnlyReadsAreRefused() throws Exception {
        CampusCard other = anotherRegionsCampus();
        mvc.perform(agreement(other.id(), agreementVersion(other.id()), "Intrusion").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gestion/campus/" + other.id() + "/convention-cadre").with(as(users, "direction")))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> foundations.recordAgreement(directorOf(campus()), other.id(), null, terms("Intrusion"), null, null))
                .isInstanceOf(AccessDeniedException.class);

        mvc.perform(agreement(campus(), agreementVersion(campus()), "Par le référent").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gestion/campus/" + campus() + "/structure-porteuse").param("legalForm", "GIP").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        CampusCard own = registry.byId(campus()).orElseThrow();
        assertThatThrownBy(() -> foundations.declareStructure(referentOf(own.academyCode()), campus(), null,
                new CarryingStructureDetails(LegalForm.OTHER, "Sans personnalité morale", null))).isInstanceOf(AccessDeniedException.class);
        assertThat(foundations.of(nationalAdmin(), campus()).agreement()).satisfiesAnyOf(
                a -> assertThat(a).isNull(), a -> assertThat(a.terms().title()).isNotEqualTo("Par le référent"));

        // The regional coordinator of the campus's région edits it, as the national administrator does.
        var coordinator = coordinatorOf(own.regionCode());
        var before = foundations.of(coordinator, campus()).agreement();
        foundations.recordAgreement(coordinator, campus(), before == null ? null : before.version(), terms("Par la coordination"), null, null);
        assertThat(foundations.of(nationalAdmin(), campus()).agreement().terms().title()).isEqualTo("Par la coordination");
        assertThat(foundations.of(coordinator, campus()).editable()).isTrue();
        assertThat(foundations.of(referentOf(own.academyCode()), campus()).editable()).isFalse();
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedInFrenchAndTheFormKeepsWhatWasTyped() throws Exception {
        var request = agreement(campus(), agreementVersion(campus()), "Convention avec un mauvais fichier");
        request.file(new MockMultipartFile("fichier", "convention.pdf", "application/pdf",
                "<html><body>pas un PDF</body></html>".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(request.with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enregistrez la convention cadre signée au format PDF.")))
                .andExpect(content().string(containsString("id=\"fichier-error\"")))
                .andExpect(content().string(containsString("value=\"Convention avec un mauvais fichier\"")))
                .andExpect(content().string(containsString("value=\"Xavier Bertrand\"")))
                .andExpect(content().string(containsString("value=\"Décharge du directeur opérationnel\"")));
        assertThat(foundations.of(nationalAdmin(), campus()).agreement()).satisfiesAnyOf(
                a -> assertThat(a).isNull(), a -> assertThat(a.terms().title()).isNotEqualTo("Convention avec un mauvais fichier"));
    }

    @Test
    void aSignatoryLineIsCheckedAndItsMessageShownNextToIt() throws Exception {
        mvc.perform(agreement(campus(), agreementVersion(campus()), "Convention cadre", Map.of("signatories[0].commitmentPurpose", ""))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Précisez ce que couvre l’engagement financier de « Région Hauts-de-France ».")))
                .andExpect(content().string(containsString("id=\"signatories[0].commitmentPurpose-error\"")));
        mvc.perform(agreement(campus(), agreementVersion(campus()), "Convention cadre", Map.of("signatories[2].commitmentAmount", "soixante mille"))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Montant invalide : « soixante mille ».")))
                .andExpect(content().string(containsString("value=\"soixante mille\"")));
        mvc.perform(agreement(campus(), agreementVersion(campus()), "Convention cadre", Map.of("effectiveUntil", "2020-01-01"))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("La fin d’effet de la convention doit suivre son début.")));
    }

    @Test
    void aConcurrentEditIsDetectedAndNothingIsOverwritten() throws Exception {
        String opened = agreementVersion(campus());
        mvc.perform(agreement(campus(), opened, "Enregistrée la première").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String saved = agreementVersion(campus());

        mvc.perform(agreement(campus(), opened, "Enregistrée la seconde").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quelqu’un d’autre a enregistré cette fiche pendant votre saisie")))
                .andExpect(content().string(containsString("value=\"Enregistrée la seconde\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + saved + "\"")));
        assertThat(foundations.of(nationalAdmin(), campus()).agreement().terms().title()).isEqualTo("Enregistrée la première");

        assertThatThrownBy(() -> foundations.recordAgreement(nationalAdmin(), campus(), null, terms("Sans version"), null, null))
                .isInstanceOf(fr.passerelle.platform.ConcurrentEditException.class);
    }

    @Test
    void theCarryingStructureIsDeclaredWithItsOrganisationAndSiretAndChecked() throws Exception {
        var gip = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.OTHER, "GIP Campus du littoral " + UUID.randomUUID().toString().substring(0, 6),
                null, null, "18005930100010", null, null, null, null, null, null, null));
        mvc.perform(post("/gestion/campus/" + campus() + "/structure-porteuse").param("version", structureVersion(campus()))
                        .param("legalForm", "GIP").param("organisationId", gip.id().toString()).with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "La structure porteuse est enregistrée."));
        var structure = foundations.of(nationalAdmin(), campus()).structure();
        assertThat(structure.details().legalForm()).isEqualTo(LegalForm.GIP);
        assertThat(structure.organisation().id()).isEqualTo(gip.id());
        assertThat(audit.history("campus", campus())).anySatisfy(entry -> assertThat(entry.action()).startsWith("STRUCTURE_PORTEUSE_"));
        mvc.perform(get("/gestion/campus/" + campus() + "/convention-cadre").with(as(users, "referent")))
                .andExpect(content().string(containsString("18005930100010")))
                .andExpect(content().string(containsString("Groupement d’intérêt public (GIP)")));
        mvc.perform(get("/campus/" + registry.byId(campus()).orElseThrow().slug()))
                .andExpect(content().string(containsString(gip.name())));

        mvc.perform(post("/gestion/campus/" + campus() + "/structure-porteuse").param("version", structureVersion(campus()))
                        .param("legalForm", "OTHER").param("legalFormDetail", "").param("organisationId", "").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Précisez la forme juridique de la structure porteuse.")));
        mvc.perform(post("/gestion/campus/" + campus() + "/structure-porteuse").param("version", structureVersion(campus()))
                        .param("legalForm", "").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez la forme juridique de la structure porteuse.")));
        mvc.perform(post("/gestion/campus/" + campus() + "/structure-porteuse").param("version", "")
                        .param("legalForm", "ASSOCIATION").param("organisationId", gip.id().toString()).with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quelqu’un d’autre a enregistré cette fiche")));
        assertThat(foundations.of(nationalAdmin(), campus()).structure().details().legalForm()).isEqualTo(LegalForm.GIP);
    }

    @Test
    void theTermsRulesHoldWithoutSpring() {
        assertThatThrownBy(() -> new FrameworkAgreementTerms(" ", null, null, null, List.of()).check())
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("intitulé");
        assertThatThrownBy(() -> new FrameworkAgreementTerms("C", null, null, null, List.of()).check())
                .hasMessageContaining("au moins un signataire");
        assertThatThrownBy(() -> new FrameworkAgreementTerms("C", null, null, null, List.of(
                new FrameworkAgreementTerms.Signatory("Région", null, null, null, new BigDecimal("-1"), "x"))).check())
                .hasMessageContaining("ne peut être négatif");
        assertThat(new FrameworkAgreementTerms(" C ", null, null, null, List.of(
                new FrameworkAgreementTerms.Signatory(" Région ", " ", null, null, null, null))).check().signatories().get(0).party())
                .isEqualTo("Région");
    }
}
