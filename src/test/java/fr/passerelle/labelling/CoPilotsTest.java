package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two co-pilots of a région are told apart (ADR 0009): the région académique's coordination records the CAEN's
 * opinion, the Conseil régional's referent the Crefop's; a DREETS correspondent reads the campuses they follow.
 */
@PasserelleIntegrationTest
class CoPilotsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    Calls calls;

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    @Test
    void eachCoPilotRecordsTheOpinionOfItsOwnBodyAndIsRefusedTheOther() {
        UUID id = LabellingFixtures.submittedDossier(context, "Appel co-pilotes " + UUID.randomUUID().toString().substring(0, 6), "Projet co-piloté");
        LocalDate today = calls.today();

        assertThatThrownBy(() -> applications.recordOpinion(actor("conseil-regional"), id, version(id), OpinionBody.CAEN, Verdict.FAVOURABLE, today,
                "Favorable.", null, null)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("L'avis du CAEN est saisi par la coordination de région académique de la région du dossier.");
        assertThatThrownBy(() -> applications.recordOpinion(actor("coordination"), id, version(id), OpinionBody.CREFOP, Verdict.FAVOURABLE, today,
                "Favorable.", null, null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("référent·e campus du Conseil régional");

        applications.recordOpinion(actor("coordination"), id, version(id), OpinionBody.CAEN, Verdict.FAVOURABLE, today, "Favorable.", null, null);
        applications.recordOpinion(actor("conseil-regional"), id, version(id), OpinionBody.CREFOP, Verdict.RESERVED, today, "Réserves.", null, null);

        assertThat(queries.opinions(id)).extracting(ApplicationParts.Opinion::body).containsExactlyInAnyOrder(OpinionBody.CAEN, OpinionBody.CREFOP);
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
    }

    @Test
    void theConseilRegionalOpinionFormOffersTheCrefopOnlyAndItsPageHasNoWritingTools() throws Exception {
        UUID id = LabellingFixtures.submittedDossier(context, "Appel formulaire " + UUID.randomUUID().toString().substring(0, 6), "Projet à examiner");
        mvc.perform(get("/gestion/labellisation/dossiers/" + id).with(as(users, "conseil-regional")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"CREFOP\"")))
                .andExpect(content().string(not(containsString("value=\"CAEN\""))));
        mvc.perform(get("/gestion/labellisation/dossiers/" + id).with(as(users, "coordination")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"CAEN\"")))
                .andExpect(content().string(not(containsString("value=\"CREFOP\""))));
        // Writing the dossier stays with its promoters.
        mvc.perform(post("/gestion/labellisation/dossiers/" + id + "/equipe").param("accountId", actor("expert").accountId().toString())
                        .with(as(users, "conseil-regional")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDreetsCorrespondentReadsTheBackOfficeAndDossiersOfTheCampusesTheyFollowOnly() throws Exception {
        Actor dreets = actor("dreets");
        assertThat(dreets.followedCampusIds()).hasSize(2);
        UUID followed = dreets.followedCampusIds().iterator().next();
        UUID notFollowed = jdbc.sql("select id from campus where region_code = '32' and id not in (:followed) order by name limit 1")
                .param("followed", dreets.followedCampusIds()).query(UUID.class).single();

        mvc.perform(get("/gestion/campus/" + followed + "/instances").with(as(users, "dreets"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/campus/" + followed + "/historique").with(as(users, "dreets"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/campus/" + notFollowed + "/instances").with(as(users, "dreets"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/campus/" + followed + "/modifier").with(as(users, "dreets"))).andExpect(status().isForbidden());

        List<UUID> dossiersOfFollowed = jdbc.sql("select id from application where campus_id in (:followed)")
                .param("followed", dreets.followedCampusIds()).query(UUID.class).list();
        assertThat(dossiersOfFollowed).as("the demo has dossiers on the campuses the DREETS follows").isNotEmpty();
        assertThat(queries.visibleTo(dreets)).extracting(ApplicationView::id).containsExactlyInAnyOrderElementsOf(dossiersOfFollowed);
        mvc.perform(get("/gestion/labellisation/dossiers/" + dossiersOfFollowed.get(0)).with(as(users, "dreets"))).andExpect(status().isOk());
        UUID elsewhere = jdbc.sql("select id from application where campus_id is null or campus_id not in (:followed) limit 1")
                .param("followed", dreets.followedCampusIds()).query(UUID.class).single();
        int refused = mvc.perform(get("/gestion/labellisation/dossiers/" + elsewhere).with(as(users, "dreets"))).andReturn().getResponse().getStatus();
        assertThat(refused).isIn(403, 404);
    }

    @Test
    void theAdministratorOpensADreetsAccountWithTheCampusesItFollowsAndChangesThem() throws Exception {
        List<UUID> campuses = jdbc.sql("select id from campus where region_code = '32' order by name limit 3").query(UUID.class).list();
        String username = "dreets-" + UUID.randomUUID().toString().substring(0, 6);
        // Without a campus, the form says so and keeps what was typed.
        mvc.perform(post("/gestion/comptes").param("username", username).param("displayName", "Correspondante DREETS")
                        .param("email", username + "@example.fr").param("role", "LABOUR_CORRESPONDENT").param("regionCode", "32")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez au moins un campus suivi")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")));
        mvc.perform(post("/gestion/comptes").param("username", username).param("displayName", "Correspondante DREETS")
                        .param("email", username + "@example.fr").param("role", "LABOUR_CORRESPONDENT").param("regionCode", "32")
                        .param("followedCampusIds", campuses.get(0).toString(), campuses.get(1).toString())
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Actor opened = actor(username);
        assertThat(opened.role()).isEqualTo(Role.LABOUR_CORRESPONDENT);
        assertThat(opened.followedCampusIds()).containsExactlyInAnyOrder(campuses.get(0), campuses.get(1));

        mvc.perform(post("/gestion/comptes/" + opened.accountId() + "/campus-suivis").param("followedCampusIds", campuses.get(2).toString())
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(actor(username).followedCampusIds()).containsExactly(campuses.get(2));
        assertThat(audit.history("account", opened.accountId())).anySatisfy(entry ->
                assertThat(entry.toString()).contains("Campus suivis"));
        mvc.perform(post("/gestion/comptes/" + opened.accountId() + "/campus-suivis").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez au moins un campus suivi")));
        mvc.perform(post("/gestion/comptes/" + opened.accountId() + "/campus-suivis").param("followedCampusIds", campuses.get(0).toString())
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private long version(UUID id) {
        return queries.byId(id).orElseThrow().version();
    }
}
