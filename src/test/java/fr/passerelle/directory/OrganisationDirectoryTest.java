package fr.passerelle.directory;

import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@PasserelleIntegrationTest
class OrganisationDirectoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;

    static MultiValueMap<String, String> form(String kind, String name, String uai, String siret, String commune) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("kind", kind);
        params.add("name", name);
        params.add("uai", uai);
        params.add("siret", siret);
        params.add("municipalityCode", commune);
        params.add("version", "0");
        return params;
    }

    @Test
    void aSchoolWithAWrongUaiKeyIsRefusedInFrenchAndTheInputIsKept() throws Exception {
        mvc.perform(post("/gestion/organisations").params(form("SCHOOL", "Lycée des essais", "0010826A", "", ""))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le code UAI « 0010826A » n&#39;est pas valide")))
                .andExpect(content().string(containsString("value=\"Lycée des essais\"")));
        assertThat(directory.findByName("Lycée des essais")).isEmpty();
    }

    @Test
    void aCompanyWithAWrongSiretKeyIsRefused() throws Exception {
        mvc.perform(post("/gestion/organisations").params(form("COMPANY", "Entreprise des essais", "", "85052026300012", ""))
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n&#39;est ni un SIRET (14 chiffres) ni un SIREN (9 chiffres) valide")));
    }

    @Test
    void aDirectorRegistersASchoolAndTheRegistrationIsAudited() throws Exception {
        String name = "Lycée professionnel " + UUID.randomUUID();
        mvc.perform(post("/gestion/organisations").params(form("SCHOOL", name, "0010856A", "", "59350"))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        OrganisationSummary created = directory.findByName(name).orElseThrow();
        assertThat(created.uai()).isEqualTo("0010856A");
        assertThat(audit.history(Directory.AUDITED_ORGANISATION, created.id()))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("direction"));

        // The same UAI cannot be registered twice.
        mvc.perform(post("/gestion/organisations").params(form("SCHOOL", "Doublon", "0010856A", "", ""))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(content().string(containsString("Le code UAI 0010856A est déjà celui de")));
    }

    @Test
    void scopesDecideWhoEditsAnOrganisation() throws Exception {
        OrganisationSummary inLyon = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.COMPANY, "Entreprise lyonnaise " + UUID.randomUUID(),
                null, null, "77931004400028", null, null, "69123", null, null, null, null));
        OrganisationSummary inLille = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.OTHER, "Association lilloise " + UUID.randomUUID(),
                null, null, null, null, null, "59350", null, null, null, null));
        UUID partnerOrganisation = accounts.byUsername("partenaire").orElseThrow().organisationId();

        mvc.perform(get("/gestion/organisations/" + inLyon.id() + "/modifier").with(as(users, "coordination"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/organisations/" + inLille.id() + "/modifier").with(as(users, "coordination"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/organisations/" + inLyon.id() + "/modifier").with(as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/organisations/" + inLille.id() + "/modifier").with(as(users, "direction"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/organisations/" + partnerOrganisation + "/modifier").with(as(users, "partenaire"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/organisations/" + inLille.id() + "/modifier").with(as(users, "partenaire"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/organisations/nouvelle").with(as(users, "expert"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/organisations/nouvelle").with(as(users, "recruteur"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/organisations").with(as(users, "expert"))).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorOfHautsDeFranceCannotEditAnOrganisationWithoutCommuneNorOneOfAnotherRegion() throws Exception {
        OrganisationSummary nowhere = directory.register(nationalAdmin(), OrganisationDetails.of(OrganisationKind.LOCAL_AUTHORITY, "Collectivité " + UUID.randomUUID()));
        Contact person = directory.addPerson(nationalAdmin(), nowhere.id(), new PersonDetails("Agnès", "Conseillère", null, null, null));
        OrganisationSummary inLyon = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.OTHER, "Association lyonnaise " + UUID.randomUUID(),
                null, null, null, null, null, "69123", null, null, null, null));

        for (OrganisationSummary organisation : new OrganisationSummary[] {nowhere, inLyon}) {
            mvc.perform(get("/gestion/organisations/" + organisation.id() + "/modifier").with(as(users, "coordination")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/gestion/organisations/" + organisation.id()).params(form("OTHER", "Renommée", "", "", "59350"))
                            .with(as(users, "coordination")).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/gestion/organisations/" + nowhere.id() + "/personnes/" + person.id() + "/retrait")
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(directory.peopleOf(nowhere.id())).extracting(Contact::id).containsExactly(person.id());
        assertThat(directory.organisation(inLyon.id()).orElseThrow().name()).startsWith("Association lyonnaise");
        mvc.perform(get("/gestion/organisations/" + nowhere.id() + "/modifier").with(as(users, "admin"))).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorCannotMoveAnOrganisationOutOfTheirRegion() throws Exception {
        String name = "Association lilloise " + UUID.randomUUID();
        OrganisationSummary inLille = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.OTHER, name,
                null, null, null, null, null, "59350", null, null, null, null));
        for (String commune : new String[] {"69123", ""}) {
            mvc.perform(post("/gestion/organisations/" + inLille.id()).params(form("OTHER", name, "", "", commune))
                            .with(as(users, "coordination")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Vous ne pouvez pas placer cette organisation hors de votre périmètre")));
        }
        assertThat(directory.organisation(inLille.id()).orElseThrow().municipalityCode()).isEqualTo("59350");
    }

    @Test
    void aStaleOrganisationFormIsRefusedWithoutOverwriting() throws Exception {
        OrganisationSummary created = directory.register(nationalAdmin(), OrganisationDetails.of(OrganisationKind.OTHER, "Association " + UUID.randomUUID()));
        MultiValueMap<String, String> first = form("OTHER", created.name() + " (renommée)", "", "", "");
        mvc.perform(post("/gestion/organisations/" + created.id()).params(first).with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        MultiValueMap<String, String> stale = form("OTHER", created.name() + " (autre nom)", "", "", "");
        mvc.perform(post("/gestion/organisations/" + created.id()).params(stale).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("(autre nom)")));
        assertThat(directory.organisation(created.id()).orElseThrow().name()).endsWith("(renommée)");
    }

    @Test
    void thePickerFindsAnyOrganisationByNameOrAcronymAsRadioButtons() throws Exception {
        OrganisationSummary company = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.COMPANY, "Chantiers de démonstration " + UUID.randomUUID(),
                "CHDEMO", null, null, null, null, null, null, null, null, null));
        mvc.perform(get("/gestion/organisations/choix").param("champ", "organisationId").param("organisationIdQuery", "chdemo")
                        .with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"organisationId\" value=\"" + company.id() + "\"")));
        // Kinds narrow the choice (a support establishment is a school, not a company).
        mvc.perform(get("/gestion/organisations/choix").param("champ", "supportEstablishmentId").param("types", "SCHOOL")
                        .param("supportEstablishmentIdQuery", "chdemo").with(as(users, "direction")))
                .andExpect(content().string(containsString("Aucune organisation ne correspond.")));
        // Without JavaScript, the partners page shows the same results.
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        mvc.perform(get("/gestion/campus/" + campus + "/partenaires").param("organisationIdQuery", "chdemo").with(as(users, "direction")))
                .andExpect(content().string(containsString("value=\"" + company.id() + "\"")));
        mvc.perform(get("/gestion/organisations/choix").param("champ", "organisationId").param("organisationIdQuery", "chdemo"))
                .andExpect(status().is3xxRedirection());
    }
}
