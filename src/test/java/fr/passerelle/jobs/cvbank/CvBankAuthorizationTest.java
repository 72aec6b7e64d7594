package fr.passerelle.jobs.cvbank;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestAccounts;
import fr.passerelle.TestActors;
import fr.passerelle.TestFiles;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.jobs.Candidates;
import fr.passerelle.trades.Trades;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint of the CV bank ({@code /gestion/cvtheque}) lets in the recruiter of an active member company and
 * refuses everyone else: a company in no cluster, an ex-member, the cluster's staff, the national administration, a
 * campus director, a partner member, a candidate; the anonymous are refused (sent to the login when a browser asks).
 */
@PasserelleIntegrationTest
class CvBankAuthorizationTest {

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
    Candidates candidates;
    @Autowired
    Trades trades;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CvBank bank;

    UUID profile;
    Map<String, String> people;

    @BeforeEach
    void setUp() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = bank.today();
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster gardé " + key, Sector.MOBILITY);
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Membre " + key, today.minusYears(1));
        UUID leaving = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Partie " + key, today.minusYears(1));
        UUID stranger = ClusterFixtures.company(directory, "Ailleurs " + key);
        ClusterMember membership = clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 50).members().stream()
                .filter(m -> m.organisationId().equals(leaving)).findFirst().orElseThrow();
        clusters.endMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId(), today.minusDays(1));
        Actor candidate = CvBankFixtures.candidate(candidates, "Jade Gardée", List.of(trades.searchJobTitles("soudeur", 1).get(0).ogr()),
                List.of(), "44109", 20, true);
        profile = CvBankFixtures.profileId(jdbc, candidate);
        mvc.perform(multipart("/candidat/cv").file(new MockMultipartFile("file", "cv.pdf", "application/pdf", TestFiles.pdf("CV " + key)))
                .with(as(users, candidate.username())).with(csrf()));
        people = new LinkedHashMap<>();
        people.put("member", TestAccounts.open(accounts, "cv-membre", Role.COMPANY_RECRUITER, member));
        people.put("exMember", TestAccounts.open(accounts, "cv-ancien", Role.COMPANY_RECRUITER, leaving));
        people.put("stranger", TestAccounts.open(accounts, "cv-ailleurs", Role.COMPANY_RECRUITER, stranger));
        people.put("staff", TestAccounts.open(accounts, "cv-equipe", Role.CLUSTER_STAFF, cluster.id()));
        people.put("candidate", candidate.username());
        people.put("admin", "admin");
        people.put("director", "direction");
        people.put("partner", "partenaire");
    }

    record Endpoint(String name, MockHttpServletRequestBuilder request) {
    }

    private List<Endpoint> endpoints() {
        String base = "/gestion/cvtheque";
        return List.of(
                new Endpoint("recherche", get(base).param("place", "44109")),
                new Endpoint("recherche htmx", get(base).header("HX-Request", "true")),
                new Endpoint("compétences", get(base + "/competences").param("skillQuery", "soudage")),
                new Endpoint("export", get(base + "/export.csv")),
                new Endpoint("profil", get(base + "/" + profile)),
                new Endpoint("CV", get(base + "/" + profile + "/cv")));
    }

    @Test
    void theCvBankLetsInOnlyTheRecruitersOfActiveMembersAndSendsTheAnonymousToTheLogin() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> allowed = Set.of("member");
        for (Endpoint endpoint : endpoints()) {
            for (var person : people.entrySet()) {
                int status = mvc.perform(endpoint.request().with(as(users, person.getValue()))).andReturn().getResponse().getStatus();
                if (allowed.contains(person.getKey()) ? status != 200 : status != 403) {
                    wrong.add(endpoint.name() + " / " + person.getKey() + " → " + status);
                }
            }
            var anonymous = mvc.perform(endpoint.request()).andReturn().getResponse();
            boolean refused = anonymous.getStatus() == 302 ? String.valueOf(anonymous.getRedirectedUrl()).endsWith("/connexion")
                    : anonymous.getStatus() == 401 || anonymous.getStatus() == 403;
            if (!refused) {
                wrong.add(endpoint.name() + " / anonyme → " + anonymous.getStatus() + " " + anonymous.getRedirectedUrl());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLandingPageLinksToTheCvBankOnlyForItsReaders() throws Exception {
        for (var person : people.entrySet()) {
            if (person.getKey().equals("candidate")) {
                continue;
            }
            String landing = mvc.perform(get("/gestion").with(as(users, person.getValue()))).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(landing.contains("/gestion/cvtheque")).as(person.getKey()).isEqualTo(person.getKey().equals("member"));
        }
    }
}
