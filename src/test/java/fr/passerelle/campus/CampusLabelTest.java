package fr.passerelle.campus;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

/** The label, its category and its validity change through a labelling decision, or the national administrator's audited correction. */
@PasserelleIntegrationTest
class CampusLabelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    AuditTrail audit;

    /** The campus form as its editor would post it, with a self-awarded Excellence label until 2099 slipped in. */
    static MultiValueMap<String, String> withSelfAwardedLabel(CampusRegistry.Editable editable, String description) {
        MultiValueMap<String, String> form = CampusEditingTest.formOf(editable);
        form.set("description", description);
        form.set("category", "EXCELLENCE");
        form.set("labelStatus", "LABELLED");
        form.set("firstLabelYear", "2013");
        form.set("labelValidFrom", "2025-01-01");
        form.set("labelValidUntil", "2099-12-31");
        return form;
    }

    void assertPostingTheLabelChangesNothingOfIt(String username, UUID campus) throws Exception {
        Actor actor = accounts.byUsername(username).orElseThrow();
        var before = registry.editable(actor, campus);
        int entries = audit.history(CampusRegistry.AUDITED, campus).size();
        String description = "Présentation revue par " + username + " " + UUID.randomUUID();

        mvc.perform(post("/gestion/campus/" + campus).params(withSelfAwardedLabel(before, description)).with(as(users, username)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var after = registry.editable(actor, campus).identity();
        assertThat(after.description()).isEqualTo(description);
        assertThat(after.category()).isEqualTo(before.identity().category());
        assertThat(after.labelStatus()).isEqualTo(before.identity().labelStatus());
        assertThat(after.firstLabelYear()).isEqualTo(before.identity().firstLabelYear());
        assertThat(after.labelValidFrom()).isEqualTo(before.identity().labelValidFrom());
        assertThat(after.labelValidUntil()).isEqualTo(before.identity().labelValidUntil());
        List<AuditTrail.Entry> recorded = audit.history(CampusRegistry.AUDITED, campus);
        assertThat(recorded).hasSize(entries + 1);
        assertThat(recorded.get(0).changes()).extracting(AuditTrail.Change::field).containsExactly("Présentation");
    }

    @Test
    void aDirectorPostingALabelWithTheCampusFormChangesNeitherTheLabelNorItsHistory() throws Exception {
        assertPostingTheLabelChangesNothingOfIt("direction", accounts.byUsername("direction").orElseThrow().campusId());
    }

    @Test
    void aCoordinatorPostingALabelWithTheCampusFormChangesNeitherTheLabelNorItsHistory() throws Exception {
        UUID directed = accounts.byUsername("direction").orElseThrow().campusId();
        UUID campus = registry.all().stream().filter(c -> c.regionCode().equals("32") && !c.id().equals(directed))
                .findFirst().orElseThrow().id();
        assertPostingTheLabelChangesNothingOfIt("coordination", campus);
    }

    @Test
    void theCampusFormShowsTheLabelReadOnlyAndOffersItsCorrectionToTheAdministratorOnly() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        mvc.perform(get("/gestion/campus/" + campus + "/modifier").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changent par une décision de labellisation")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"labelStatus\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/label/correction"))));
        mvc.perform(get("/gestion/campus/" + campus + "/modifier").with(as(users, "admin")))
                .andExpect(content().string(containsString("/gestion/campus/" + campus + "/label/correction")));
    }

    @Test
    void aCoordinatorCreatesAnApplicantCampusWhateverLabelIsPosted() throws Exception {
        String name = "Campus candidat " + UUID.randomUUID();
        MultiValueMap<String, String> form = BackOfficeAuthorizationTest.form(name, "32", "09");
        form.set("category", "EXCELLENCE");
        form.set("labelStatus", "LABELLED");
        form.set("labelValidUntil", "2099-12-31");
        mvc.perform(post("/gestion/campus").params(form).with(as(users, "coordination")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        CampusCard created = registry.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.category()).isEqualTo(LabelCategory.STANDARD);
        assertThat(created.labelStatus()).isEqualTo(LabelStatus.APPLICANT);
        assertThat(created.labelValidUntil()).isNull();
    }

    @Test
    void theAdministratorCorrectsALabelOnlyWithAReasonAndTheCorrectionIsAudited() throws Exception {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        UUID campus = registry.create(admin, new CampusIdentity("Campus au label à corriger " + UUID.randomUUID(), Sector.DIGITAL, "32", "09",
                null, null, null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null)).id();
        long version = registry.editable(admin, campus).version();
        String path = "/gestion/campus/" + campus + "/label/correction";

        mvc.perform(post(path).param("category", "STANDARD").param("labelStatus", "LABELLED").param("firstLabelYear", "2019")
                        .param("labelValidFrom", "2023-06-01").param("labelValidUntil", "2027-06-01").param("reason", "  ")
                        .param("version", Long.toString(version)).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le motif de la correction")))
                .andExpect(content().string(containsString("value=\"2027-06-01\"")));
        mvc.perform(post(path).param("category", "STANDARD").param("labelStatus", "LABELLED").param("labelValidFrom", "2023-06-01")
                        .param("labelValidUntil", "2022-06-01").param("reason", "Erreur de saisie").param("version", Long.toString(version))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La fin de validité du label doit suivre son début.")));
        assertThat(registry.byId(campus).orElseThrow().labelStatus()).isEqualTo(LabelStatus.APPLICANT);

        String reason = "Arrêté du 1er juin 2023 absent de l'import initial";
        mvc.perform(post(path).param("category", "STANDARD").param("labelStatus", "LABELLED").param("firstLabelYear", "2019")
                        .param("labelValidFrom", "2023-06-01").param("labelValidUntil", "2027-06-01").param("reason", reason)
                        .param("version", Long.toString(version)).with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/gestion/campus/" + campus + "/modifier"));
        CampusCard corrected = registry.byId(campus).orElseThrow();
        assertThat(corrected.labelStatus()).isEqualTo(LabelStatus.LABELLED);
        assertThat(corrected.labelValidUntil()).isEqualTo(LocalDate.of(2027, 6, 1));
        AuditTrail.Entry entry = audit.history(CampusRegistry.AUDITED, campus).get(0);
        assertThat(entry.action()).isEqualTo("LABEL_CORRIGE");
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.changes()).contains(new AuditTrail.Change("Statut du label", "Candidat", "Labellisé"),
                new AuditTrail.Change("Fin de validité du label", null, "2027-06-01"),
                new AuditTrail.Change("Motif de la correction", null, reason));
    }

    @Test
    void noOneButTheAdministratorCorrectsALabelEvenWithAReason() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        var before = registry.byId(campus).orElseThrow();
        for (String username : new String[] {"direction", "coordination", "referent", "partenaire"}) {
            mvc.perform(post("/gestion/campus/" + campus + "/label/correction").param("category", "EXCELLENCE").param("labelStatus", "LABELLED")
                            .param("labelValidFrom", "2025-01-01").param("labelValidUntil", "2099-12-31").param("reason", "Parce que")
                            .param("version", "0").with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        var after = registry.byId(campus).orElseThrow();
        assertThat(after.category()).isEqualTo(before.category());
        assertThat(after.labelValidUntil()).isEqualTo(before.labelValidUntil());
        assertThat(audit.history(CampusRegistry.AUDITED, campus)).extracting(AuditTrail.Entry::action).doesNotContain("LABEL_CORRIGE");
    }
}
