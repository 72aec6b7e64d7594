package fr.passerelle.clusters.surveys;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestAccounts;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The most sought skills of a survey answer are ROME skills chosen with the skills picker: its suggestions (htmx) for
 * those who answer only, its search without JavaScript re-showing the form as typed without saving, the skills ticked
 * saved by their codes and shown chosen; more than five refused on the form.
 */
@PasserelleIntegrationTest
class SurveySkillsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SurveyService service;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;

    ClusterCard cluster;
    UUID company;
    SurveyCampaign campaign;
    String recruiter;
    String page;

    private String account(Role role, UUID organisation) {
        return TestAccounts.open(accounts, "skills", role, organisation);
    }

    @BeforeEach
    void world() {
        LocalDate today = service.today();
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Pôle des compétences " + UUID.randomUUID().toString().substring(0, 8), Sector.MOBILITY);
        company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Soudure " + UUID.randomUUID().toString().substring(0, 8), today.minusYears(1));
        var staff = TestActors.clusterStaffOf(cluster.id());
        campaign = service.open(staff, cluster.id(), new SurveyCampaign.Settings(SurveyKind.BAROMETER, "Baromètre", today.minusDays(1), today.plusDays(9), 1, 7),
                true, List.of());
        service.addTrade(staff, cluster.id(), campaign.id(), SurveyFixtures.WELDER);
        recruiter = account(Role.COMPANY_RECRUITER, company);
        page = "/gestion/clusters/" + cluster.id() + "/enquetes/" + campaign.id() + "/reponse";
    }

    @Test
    void theSuggestionsAreCheckboxesOfRomeSkillsForThoseWhoAnswerOnly() throws Exception {
        mvc.perform(get(page + "/competences").param("rang", "0").param("skills0Query", "électrode fusible").with(as(users, recruiter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"checkbox\" id=\"skills0-" + SurveyFixtures.ARC_WELDING + "\" name=\"trades[0].skillOgrs\"")))
                .andExpect(content().string(containsString("soudage à l&#39;arc")));
        String outsider = account(Role.COMPANY_RECRUITER, ClusterFixtures.company(directory, "Hors cluster " + UUID.randomUUID()));
        mvc.perform(get(page + "/competences").param("skills0Query", "soudage").with(as(users, outsider))).andExpect(status().isForbidden());
        mvc.perform(get(page + "/competences").param("skills0Query", "soudage")).andExpect(status().is3xxRedirection());
    }

    @Test
    void withoutJavaScriptTheSearchShowsTheFormAsTypedAndTheTickedSkillsAreSavedByCode() throws Exception {
        mvc.perform(get(page).with(as(users, recruiter))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"skills0-q\"")))
                .andExpect(content().string(containsString("Aucune compétence choisie.")));
        mvc.perform(post(page).with(as(users, recruiter)).with(csrf()).param("version", "").param("trades[0].jobTitleOgr", Integer.toString(SurveyFixtures.WELDER))
                        .param("trades[0].unfilled", "3").param("skills0Query", "électrode fusible").param("chercher", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"skills0-" + SurveyFixtures.ARC_WELDING + "\"")))
                .andExpect(content().string(containsString("value=\"3\"")));
        assertThat(service.answerState(TestActors.recruiterOf(company), cluster.id(), campaign.id()).content()).as("a search saves nothing").isNull();

        mvc.perform(post(page).with(as(users, recruiter)).with(csrf()).param("version", "").param("trades[0].jobTitleOgr", Integer.toString(SurveyFixtures.WELDER))
                        .param("trades[0].unfilled", "3").param("trades[0].skillOgrs", Integer.toString(SurveyFixtures.ARC_WELDING),
                                Integer.toString(SurveyFixtures.READ_PLAN)))
                .andExpect(status().is3xxRedirection());
        var saved = service.answerState(TestActors.recruiterOf(company), cluster.id(), campaign.id());
        assertThat(saved.content().trades().get(0).skillOgrs()).containsExactly(SurveyFixtures.ARC_WELDING, SurveyFixtures.READ_PLAN);
        mvc.perform(get(page).with(as(users, recruiter))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chosen0-" + SurveyFixtures.ARC_WELDING + "\"")))
                .andExpect(content().string(containsString("soudage à l&#39;arc sous protection gazeuse avec électrode fusible</label>")))
                .andExpect(content().string(not(containsString("Aucune compétence choisie."))));

        mvc.perform(post(page).with(as(users, recruiter)).with(csrf()).param("version", Long.toString(saved.version()))
                        .param("trades[0].jobTitleOgr", Integer.toString(SurveyFixtures.WELDER))
                        .param("trades[0].skillOgrs", "486137", "400355", "106259", "121613", "121612", "113317"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("5 compétences au plus")));
    }
}
