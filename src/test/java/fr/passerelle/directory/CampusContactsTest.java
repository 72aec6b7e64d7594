package fr.passerelle.directory;

import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** People of the directory and their membership of campuses as contacts. */
@PasserelleIntegrationTest
class CampusContactsTest {

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

    @Test
    void aPartnerRecordsAColleagueWhomTheDirectorThenMakesAContactOfTheCampus() throws Exception {
        UUID organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String lastName = "Martin-" + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(post("/gestion/organisations/" + organisation + "/personnes")
                        .param("firstName", "Claire").param("lastName", lastName).param("jobTitle", "Chargée de mission emploi")
                        .param("personEmail", "claire.martin@example.fr").param("personPhone", "03 20 00 00 00")
                        .with(as(users, "partenaire")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Contact claire = directory.peopleOf(organisation).stream().filter(p -> p.lastName().equals(lastName)).findFirst().orElseThrow();

        mvc.perform(post("/gestion/campus/" + campus + "/contacts").param("personId", claire.id().toString())
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Claire " + lastName + " est désormais contact du campus."));
        assertThat(directory.contactsOf(campus)).extracting(c -> c.contact().id()).contains(claire.id());
        assertThat(audit.history("campus", campus).get(0).summary()).isEqualTo("Contact ajouté : Claire " + lastName);

        mvc.perform(get("/gestion/campus/" + campus + "/partenaires").with(as(users, "direction")))
                .andExpect(content().string(containsString("claire.martin@example.fr")));
        // Contact details stay out of the public page.
        String slug = mvc.perform(get("/api/v1/campuses").param("taille", "200")).andReturn().getResponse().getContentAsString();
        assertThat(slug).doesNotContain("claire.martin@example.fr");
    }

    @Test
    void aPersonOfAnOrganisationThatDoesNotPartnerTheCampusCannotBecomeItsContact() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        OrganisationSummary outsider = directory.register(nationalAdmin(), OrganisationDetails.of(OrganisationKind.OTHER, "Sans lien " + UUID.randomUUID()));
        Contact stranger = directory.addPerson(nationalAdmin(), outsider.id(), new PersonDetails("Paul", "Durand", null, null, null));
        mvc.perform(post("/gestion/campus/" + campus + "/contacts").param("personId", stranger.id().toString())
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", "Cette personne ne travaille pour aucun partenaire du campus."));
        assertThat(directory.contactsOf(campus)).extracting(c -> c.contact().id()).doesNotContain(stranger.id());
    }

    @Test
    void aPersonWithoutANameIsRefusedInFrenchAndTheInputIsKept() throws Exception {
        UUID organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        mvc.perform(post("/gestion/organisations/" + organisation + "/personnes")
                        .param("firstName", "").param("lastName", "Sans-Prénom").param("personEmail", "pas-une-adresse")
                        .with(as(users, "partenaire")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le prénom est obligatoire.")))
                .andExpect(content().string(containsString("L&#39;adresse e-mail n&#39;est pas valide.")))
                .andExpect(content().string(containsString("value=\"Sans-Prénom\"")));
    }

    @Test
    void onlyThoseWhoEditAnOrganisationAddItsPeople() throws Exception {
        UUID organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        for (String username : new String[] {"expert", "direction", "referent"}) {
            mvc.perform(post("/gestion/organisations/" + organisation + "/personnes").param("firstName", "A").param("lastName", "B")
                            .with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }
}
