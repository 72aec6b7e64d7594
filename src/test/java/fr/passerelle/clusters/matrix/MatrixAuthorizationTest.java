package fr.passerelle.clusters.matrix;

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
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint of the skills matrix with every kind of reader: the cluster's staff, the people of an active member
 * company, of another member, of a company that is not a member, of an ex-member, the staff of another cluster, every
 * demo account (none of them belongs to this test's cluster but the national administration), and anonymous visitors
 * (sent to the login page). An allowed request may still be refused by a business rule (a stale version, an empty
 * field), shown to the person as such: what matters here is that the door is open to them and shut to the others.
 */
@PasserelleIntegrationTest
class MatrixAuthorizationTest {

    static final String PASSWORD = "une phrase de passe de test";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SkillsMatrix matrix;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request, Set<String> allowed) {
    }

    @Test
    void eachEndpointOpensToItsReadersAndNobodyElse() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Grappe droits " + key, Sector.MOBILITY);
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "52", "Autre grappe droits " + key, Sector.MOBILITY);
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Membre " + key, today.minusYears(1));
        UUID otherMember = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Autre membre " + key, today.minusYears(1));
        UUID exMember = ClusterFixtures.company(directory, "Ancien membre " + key);
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), exMember, null, today.minusYears(2), today.minusDays(1), true);
        UUID outsider = ClusterFixtures.company(directory, "Non membre " + key);
        UUID naval = matrix.addMarket(TestActors.clusterStaffOf(cluster.id()), cluster.id(), "Naval");
        matrix.fill(TestActors.clusterStaffOf(cluster.id()), cluster.id(), member, List.of(), List.of(), List.of(), List.of(naval));

        Map<String, String> people = new LinkedHashMap<>();
        people.put("staff", open("staff", Role.CLUSTER_STAFF, cluster.id(), key));
        people.put("member", open("member", Role.COMPANY_RECRUITER, member, key));
        people.put("member-partner", open("member-partner", Role.PARTNER_MEMBER, member, key));
        people.put("other-member", open("other-member", Role.COMPANY_RECRUITER, otherMember, key));
        people.put("ex-member", open("ex-member", Role.COMPANY_RECRUITER, exMember, key));
        people.put("outsider", open("outsider", Role.COMPANY_RECRUITER, outsider, key));
        people.put("other-staff", open("other-staff", Role.CLUSTER_STAFF, other.id(), key));
        for (String demo : TestActors.ALL) {
            people.put(demo, demo);
        }

        String base = MatrixController.base(cluster.id());
        String entry = base + "/entreprises/" + member;
        Set<String> runners = Set.of("staff", "admin");
        Set<String> readers = Set.of("staff", "admin", "member", "member-partner", "other-member");
        Set<String> company = Set.of("member", "member-partner");
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("recherche", () -> get(base).param("q", "naval"), readers));
        endpoints.add(new Endpoint("fiche d'un membre", () -> get(entry), readers));
        endpoints.add(new Endpoint("validation d'une version périmée", () -> post(entry + "/validation").param("version", "-1"), company));
        endpoints.add(new Endpoint("correction d'une version périmée", () -> post(entry + "/correction").param("version", "-1")
                .param("comment", "À revoir"), company));
        endpoints.add(new Endpoint("fiche enregistrée sans version", () -> post(entry).param("market", naval.toString()), runners));
        endpoints.add(new Endpoint("listes", () -> get(base + "/listes"), runners));
        endpoints.add(new Endpoint("compétences du ROME proposées", () -> get(base + "/listes/choix").param("skillQuery", "électriques"), runners));
        endpoints.add(new Endpoint("compétence ajoutée sans choix", () -> post(base + "/listes/competences"), runners));
        endpoints.add(new Endpoint("marché ajouté sans libellé", () -> post(base + "/listes/marches").param("label", ""), runners));
        endpoints.add(new Endpoint("valeur montée", () -> post(base + "/listes/" + naval + "/monter"), runners));
        endpoints.add(new Endpoint("export XLSX", () -> get(base + "/export.xlsx"), runners));
        endpoints.add(new Endpoint("export CSV", () -> get(base + "/export.csv"), runners));
        endpoints.add(new Endpoint("formulaire de message", () -> get(base + "/message").param("market", naval.toString()), runners));
        endpoints.add(new Endpoint("message sans objet", () -> post(base + "/message").param("subject", "").param("text", ""), runners));

        for (Endpoint endpoint : endpoints) {
            for (var person : people.entrySet()) {
                int status = mvc.perform(endpoint.request().get().with(as(users, person.getValue())).with(csrf())).andReturn().getResponse().getStatus();
                if (endpoint.allowed().contains(person.getKey())) {
                    assertThat(status).as(endpoint.name() + " par " + person.getKey()).isIn(200, 302);
                } else {
                    assertThat(status).as(endpoint.name() + " par " + person.getKey()).isEqualTo(403);
                }
            }
            var anonymous = mvc.perform(endpoint.request().get().with(csrf())).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(endpoint.name() + " anonyme").isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as(endpoint.name() + " anonyme").endsWith("/connexion");
        }
        // The removal last: it takes the market out of the member's entry.
        assertThat(mvc.perform(post(base + "/listes/" + naval + "/retrait").with(as(users, people.get("other-staff"))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(base + "/listes/" + naval + "/retrait").with(as(users, people.get("member"))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(base + "/listes/" + naval + "/retrait").with(as(users, people.get("staff"))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    String open(String name, Role role, UUID organisation, String key) {
        String username = name + "-" + key;
        accounts.open(new NewAccount(username, username + "@example.fr", name + " " + key, PASSWORD, role, null, null, null, organisation));
        return username;
    }
}
