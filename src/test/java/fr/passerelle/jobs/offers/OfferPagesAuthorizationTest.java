package fr.passerelle.jobs.offers;

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
import fr.passerelle.identity.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The offers' back office ({@code /gestion/offres}) lets in a member company's recruiter and its cluster's staff for
 * that company's offers, and refuses everyone else: a company outside any cluster, an ex-member, another cluster's
 * staff (its own empty list aside), a campus director, a partner member; the anonymous are sent to the login. The forms
 * keep what was typed when it is wrong.
 */
@PasserelleIntegrationTest
class OfferPagesAuthorizationTest {

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
    JobOfferService service;

    String key;
    ClusterCard cluster;
    UUID member;
    UUID offer;
    Map<String, String> people;

    private String account(Role role, UUID organisation) {
        return JobOfferFixtures.account(accounts, role, organisation).username();
    }

    @BeforeEach
    void setUp() {
        key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = service.today();
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster des quais " + key, Sector.MOBILITY);
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "52", "Autre réseau " + key, Sector.MOBILITY);
        member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Forges " + key, today.minusYears(1));
        UUID leaving = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Partie " + key, today.minusYears(1));
        UUID stranger = ClusterFixtures.company(directory, "Ailleurs " + key);
        ClusterMember membership = clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 50).members().stream()
                .filter(m -> m.organisationId().equals(leaving)).findFirst().orElseThrow();
        clusters.endMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId(), today.minusDays(1));
        offer = service.draft(TestActors.recruiterOf(member), member, null, JobOfferFixtures.welder("Soudeur " + key));
        people = new LinkedHashMap<>();
        people.put("staff", account(Role.CLUSTER_STAFF, cluster.id()));
        people.put("otherStaff", account(Role.CLUSTER_STAFF, other.id()));
        people.put("member", account(Role.COMPANY_RECRUITER, member));
        people.put("stranger", account(Role.COMPANY_RECRUITER, stranger));
        people.put("exMember", account(Role.COMPANY_RECRUITER, leaving));
        people.put("director", "direction");
        people.put("partner", "partenaire");
    }

    record Endpoint(String name, MockHttpServletRequestBuilder request, Set<String> allowed) {
    }

    private List<Endpoint> endpoints() {
        String base = "/gestion/offres";
        String one = base + "/" + offer;
        return List.of(
                new Endpoint("liste", get(base), Set.of("staff", "member", "otherStaff")),
                new Endpoint("nouvelle", get(base + "/nouvelle"), Set.of("staff", "member")),
                new Endpoint("création", post(base).param("company", member.toString()).param("title", ""), Set.of("staff", "member")),
                new Endpoint("offre", get(one), Set.of("staff", "member")),
                new Endpoint("modification", post(one).param("version", "999").param("title", ""), Set.of("staff", "member")),
                new Endpoint("compétences", post(one + "/competences").param("version", "999"), Set.of("staff", "member")),
                new Endpoint("publication", post(one + "/publication").param("version", "999"), Set.of("staff", "member")),
                new Endpoint("prolongation", post(one + "/prolongation").param("version", "999").param("days", "15"), Set.of("staff", "member")),
                new Endpoint("clôture", post(one + "/cloture").param("version", "999").param("filled", "PLATFORM"), Set.of("staff", "member")));
    }

    @Test
    void theOffersBackOfficeLetsInTheMembersRecruiterAndItsClustersStaffAndRefusesEveryoneElse() throws Exception {
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
        assertThat(service.managed(TestActors.recruiterOf(member), offer).status()).isEqualTo(OfferStatus.DRAFT);
    }

    @Test
    void nobodyReachesTheOffersBackOfficeWithoutLoggingIn() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            var response = mvc.perform(endpoint.request().with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint.name()).isIn(302, 401, 403);
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).as(endpoint.name()).endsWith("/connexion");
            }
        }
    }

    @Test
    void aRecruiterWritesAnOfferThroughTheFormWhichKeepsWhatWasTypedWhenItIsWrong() throws Exception {
        String recruiter = people.get("member");
        var refused = mvc.perform(post("/gestion/offres").with(as(users, recruiter)).with(csrf()).param("version", "0")
                        .param("company", member.toString()).param("title", "Chaudronnier " + key)
                        .param("appellation", Integer.toString(JobOfferFixtures.WELDER)).param("contract", "CDD").param("durationMonths", "six")
                        .param("workingTime", "FULL_TIME").param("commune", "Saint-Nazaire (44)").param("level", "LEVEL_3")
                        .param("salaryMin", "30000").param("salaryMax", "25000").param("positions", "2").param("applyEmail", "pas-une-adresse"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("L’adresse e-mail n’est pas valide.")
                .contains("value=\"Chaudronnier " + key + "\"").contains("value=\"six\"");

        var wrongRange = mvc.perform(post("/gestion/offres").with(as(users, recruiter)).with(csrf()).param("version", "0")
                        .param("company", member.toString()).param("title", "Chaudronnier " + key)
                        .param("appellation", Integer.toString(JobOfferFixtures.WELDER)).param("contract", "CDD").param("durationMonths", "6")
                        .param("workingTime", "FULL_TIME").param("commune", "Saint-Nazaire (44)").param("level", "LEVEL_3")
                        .param("salaryMin", "30000").param("salaryMax", "25000").param("positions", "2").param("applyEmail", "rh@example.fr"))
                .andReturn().getResponse();
        assertThat(wrongRange.getStatus()).isEqualTo(200);
        assertThat(wrongRange.getContentAsString(StandardCharsets.UTF_8)).contains("Le salaire maximum ne peut être inférieur au salaire minimum.");

        var created = mvc.perform(post("/gestion/offres").with(as(users, recruiter)).with(csrf()).param("version", "0")
                        .param("company", member.toString()).param("title", "Chaudronnier " + key)
                        .param("appellation", Integer.toString(JobOfferFixtures.WELDER)).param("contract", "CDD").param("durationMonths", "6")
                        .param("workingTime", "FULL_TIME").param("commune", "44600").param("level", "LEVEL_3")
                        .param("salaryMin", "25000").param("salaryMax", "30000").param("positions", "2").param("applyEmail", "rh@example.fr"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String page = created.getRedirectedUrl();
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        JobOffer saved = service.managed(TestActors.recruiterOf(member), id);
        assertThat(saved.municipalityName()).isEqualTo("Saint-Nazaire");
        assertThat(saved.durationMonths()).isEqualTo(6);

        var stale = mvc.perform(post(page).with(as(users, recruiter)).with(csrf()).param("version", Long.toString(saved.version() + 5))
                        .param("company", member.toString()).param("title", "Chaudronnier modifié " + key)
                        .param("appellation", Integer.toString(JobOfferFixtures.WELDER)).param("contract", "CDD").param("durationMonths", "6")
                        .param("workingTime", "FULL_TIME").param("commune", "44600").param("level", "LEVEL_3").param("positions", "2")
                        .param("applyEmail", "rh@example.fr"))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("modifiée par quelqu’un d’autre")
                .contains("value=\"Chaudronnier modifié " + key + "\"");

        mvc.perform(post(page + "/publication").with(as(users, recruiter)).with(csrf()).param("version", Long.toString(saved.version())));
        String staffList = mvc.perform(get("/gestion/offres").with(as(users, people.get("staff")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffList).contains("Chaudronnier " + key).contains("Publiée");
        String otherList = mvc.perform(get("/gestion/offres").with(as(users, people.get("otherStaff")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(otherList).doesNotContain("Chaudronnier " + key);
    }

    @Test
    void theLandingPageOffersTheOffersToTheMembersRecruiterAndTheStaffOnly() throws Exception {
        String memberHome = mvc.perform(get("/gestion").with(as(users, people.get("member")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(memberHome).contains("id=\"job-offers-panel\"").contains("0 offre(s) en ligne, dont 0 expirant dans la semaine ; 1 brouillon(s).")
                .contains("href=\"/gestion/offres/nouvelle\"");
        String staffHome = mvc.perform(get("/gestion").with(as(users, people.get("staff")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffHome).contains("id=\"job-offers-panel\"").contains("href=\"/gestion/offres\"");
        for (String refused : List.of("stranger", "exMember", "director")) {
            String home = mvc.perform(get("/gestion").with(as(users, people.get(refused)))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(home).as(refused).doesNotContain("job-offers-panel").doesNotContain("href=\"/gestion/offres");
        }
    }
}
