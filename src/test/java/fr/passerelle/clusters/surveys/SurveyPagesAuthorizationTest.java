package fr.passerelle.clusters.surveys;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The survey pages of a cluster let in exactly its staff (steering, results), the people of its active members
 * (their answer when invited, the results), and refuse everyone else: anonymous (sent to the login), another
 * cluster's staff, a company that is not a member, an ex-member.
 */
@PasserelleIntegrationTest
class SurveyPagesAuthorizationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    SurveyService service;

    String key;
    ClusterCard cluster;
    UUID campaign;

    private String account(Role role, UUID organisation) {
        String username = "auth-" + role.name().toLowerCase().substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, username + "@example.fr", "Personne " + username, "Enquete-Passerelle-2026!", role, null, null,
                null, organisation, Set.of()));
        return username;
    }

    Map<String, String> people;

    @BeforeEach
    void setUp() {
        key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = service.today();
        cluster = ClusterFixtures.cluster(directory, clusters, "84", "Cluster montagne " + key, Sector.TOURISM);
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "84", "Autre cluster " + key, Sector.TOURISM);
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Remontées " + key, today.minusYears(1));
        UUID leaving = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Partie " + key, today.minusYears(1));
        UUID stranger = ClusterFixtures.company(directory, "Ailleurs " + key);
        var staff = TestActors.clusterStaffOf(cluster.id());
        campaign = service.open(staff, cluster.id(), new SurveyCampaign.Settings(SurveyKind.OBSERVATORY, "Observatoire " + key, today,
                today.plusDays(30), 5, 7), true, List.of()).id();
        service.addTrade(staff, cluster.id(), campaign, SurveyFixtures.COOK);
        ClusterMember membership = clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 50).members().stream()
                .filter(m -> m.organisationId().equals(leaving)).findFirst().orElseThrow();
        clusters.endMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId(), today.minusDays(1));
        people = Map.of("staff", account(Role.CLUSTER_STAFF, cluster.id()), "otherStaff", account(Role.CLUSTER_STAFF, other.id()),
                "member", account(Role.COMPANY_RECRUITER, member), "stranger", account(Role.COMPANY_RECRUITER, stranger),
                "exMember", account(Role.COMPANY_RECRUITER, leaving));
    }

    record Endpoint(String name, MockHttpServletRequestBuilder request, Set<String> allowed) {
    }

    private List<Endpoint> endpoints() {
        String base = "/gestion/clusters/" + cluster.id() + "/enquetes";
        return List.of(
                new Endpoint("liste", get(base), Set.of("staff", "member")),
                new Endpoint("nouvelle", get(base + "/nouvelle"), Set.of("staff")),
                new Endpoint("campagne", get(base + "/" + campaign), Set.of("staff")),
                new Endpoint("réponse", get(base + "/" + campaign + "/reponse"), Set.of("member")),
                new Endpoint("résultats", get(base + "/resultats/observatoire"), Set.of("staff", "member")),
                new Endpoint("export", get(base + "/resultats/observatoire/export").param("format", "csv"), Set.of("staff", "member")),
                new Endpoint("citable", post(base + "/" + campaign + "/citable").param("citable", "false"), Set.of("staff")),
                new Endpoint("invitations", post(base + "/" + campaign + "/invitations"), Set.of("staff")));
    }

    @Test
    void surveyPagesLetInTheStaffAndTheInvitedMembersAndRefuseEveryoneElse() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (var person : people.entrySet()) {
                int status = mvc.perform(endpoint.request().with(as(users, person.getValue())).with(csrf())).andReturn().getResponse().getStatus();
                boolean allowed = endpoint.allowed().contains(person.getKey());
                if (allowed ? status >= 400 : status != 403) {
                    wrong.add(endpoint.name() + " / " + person.getKey() + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void nobodyReachesTheSurveysWithoutLoggingIn() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            var response = mvc.perform(endpoint.request().with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint.name()).isIn(302, 401, 403);
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).as(endpoint.name()).endsWith("/connexion");
            }
        }
    }

    @Test
    void theResultsAreExportedAsCsvAndXlsx() throws Exception {
        String base = "/gestion/clusters/" + cluster.id() + "/enquetes/resultats/observatoire/export";
        var csv = mvc.perform(get(base).param("format", "csv").with(as(users, people.get("member")))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("Période;Campagne;Métier")
                .contains("Masqué : moins de 5 réponses");
        var xlsx = mvc.perform(get(base).param("format", "xlsx").with(as(users, people.get("staff")))).andReturn().getResponse();
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
    }

    @Test
    void aMemberAnswersThroughTheFormAndSeesWhatWasTypedWhenItIsWrong() throws Exception {
        String path = "/gestion/clusters/" + cluster.id() + "/enquetes/" + campaign + "/reponse";
        var refused = mvc.perform(post(path).with(as(users, people.get("member"))).with(csrf()).param("version", "")
                        .param("confidence", "140").param("trades[0].jobTitleOgr", Integer.toString(SurveyFixtures.COOK))
                        .param("trades[0].hiringNeeds", "douze"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Le taux de confiance : entre 0 et 100").contains("nombre entier attendu")
                .contains("value=\"douze\"");
        var saved = mvc.perform(post(path).with(as(users, people.get("member"))).with(csrf()).param("version", "")
                        .param("jobs", "45").param("turnoverBand", "UNDER_2M").param("confidence", "70")
                        .param("trades[0].jobTitleOgr", Integer.toString(SurveyFixtures.COOK)).param("trades[0].hiringNeeds", "2")
                        .param("trades[0].difficulty", "3"))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        var page = mvc.perform(get(path).with(as(users, people.get("member")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Votre entreprise a répondu").contains("value=\"45\"");
    }

    @Test
    void theStaffOpenACampaignThroughTheFormAddATradeAndLetCampusesQuoteIt() throws Exception {
        String base = "/gestion/clusters/" + cluster.id() + "/enquetes";
        LocalDate today = service.today();
        var refused = mvc.perform(post(base).with(as(users, people.get("staff"))).with(csrf()).param("version", "0").param("kind", "PANEL")
                        .param("title", "Panel " + key).param("opensOn", today.toString()).param("closesOn", today.minusDays(1).toString())
                        .param("minAnswers", "5").param("reminderDays", "7").param("panel", "ALL"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("La clôture ne peut précéder l’ouverture.").contains("value=\"Panel " + key + "\"");

        var created = mvc.perform(post(base).with(as(users, people.get("staff"))).with(csrf()).param("version", "0").param("kind", "PANEL")
                        .param("title", "Panel " + key).param("opensOn", today.toString()).param("closesOn", today.plusDays(10).toString())
                        .param("minAnswers", "5").param("reminderDays", "7").param("panel", "ALL"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String page = created.getRedirectedUrl();
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        mvc.perform(post(page + "/metiers").with(as(users, people.get("staff"))).with(csrf()).param("appellation", Integer.toString(SurveyFixtures.WELDER)));
        mvc.perform(post(page + "/citable").with(as(users, people.get("staff"))).with(csrf()).param("citable", "true"));
        SurveyCampaign campaign = service.campaign(cluster.id(), id);
        assertThat(campaign.kind()).isEqualTo(SurveyKind.PANEL);
        assertThat(campaign.trades()).extracting(SurveyCampaign.Trade::jobTitleOgr).containsExactly(SurveyFixtures.WELDER);
        assertThat(campaign.citable()).isTrue();
        assertThat(mvc.perform(get(page).with(as(users, people.get("staff")))).andReturn().getResponse().getContentAsString())
                .contains("Soudeur / Soudeuse (H2913)").contains("0 / 1 (0 %)").doesNotContain("Masqué");
    }
}
