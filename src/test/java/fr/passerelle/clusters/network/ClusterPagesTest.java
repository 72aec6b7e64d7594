package fr.passerelle.clusters.network;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.ClusterProfile;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryFixtures;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The back office and the public directory of clusters: who is let in, who is refused, and what each page keeps and shows. */
@PasserelleIntegrationTest
class ClusterPagesTest {

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
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    /** A unique name, so that tests sharing the database never find each other's clusters. */
    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens an account of the role and scope, and returns its username to log in with. */
    private String account(Role role, String regionCode, UUID organisationId) {
        String key = "cl-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(key, key + "@example.fr", "Compte " + key, "demo-demo-demo-1", role, regionCode, null, null, organisationId));
        return key;
    }

    private int statusOf(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(users, username)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(users, username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder profile(UUID clusterId, long version, String territory) {
        return post("/gestion/clusters/" + clusterId).param("kind", "BUSINESS_CLUSTER").param("regionCode", "52").param("territory", territory)
                .param("sectors", "MOBILITY").param("matrixRefreshMonths", "12").param("published", "true").param("version", String.valueOf(version));
    }

    @Test
    void nobodyReachesAClusterBackOfficeWithoutLoggingIn() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe anonyme"));
        for (String path : new String[] {"/gestion/clusters", "/gestion/clusters/" + cluster.id(), "/gestion/clusters/" + cluster.id() + "/membres"}) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/connexion");
        }
    }

    @Test
    void theStaffOfAnotherClusterIsRefusedEverywhere() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe navale"));
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe voisine"));
        String otherStaff = account(Role.CLUSTER_STAFF, null, other.id());
        UUID company = ClusterFixtures.company(directory, unique("Entreprise candidate"));

        assertThat(statusOf(get("/gestion/clusters/" + cluster.id()), otherStaff)).isEqualTo(403);
        assertThat(statusOf(get("/gestion/clusters/" + cluster.id() + "/membres"), otherStaff)).isEqualTo(403);
        assertThat(statusOf(post("/gestion/clusters/" + cluster.id() + "/membres").param("organisationId", company.toString())
                .param("since", today().toString()), otherStaff)).isEqualTo(403);
        assertThat(statusOf(profile(cluster.id(), 0, "Volé"), otherStaff)).isEqualTo(403);
        assertThat(page("/gestion/clusters", otherStaff)).contains(other.name()).doesNotContain(cluster.name());
        assertThat(statusOf(get("/gestion/clusters/" + other.id()), otherStaff)).isEqualTo(200);
    }

    @Test
    void aMemberCompanysRecruiterReadsItsClusterButCannotKeepItsMembersNorItsProfile() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe aéronautique"));
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Sous-traitant"), today().minusYears(1));
        UUID former = ClusterFixtures.company(directory, unique("Ancien adhérent"));
        clusters.addMember(nationalAdmin(), cluster.id(), former, null, today().minusYears(3), today().minusDays(1), true);
        String recruiter = account(Role.COMPANY_RECRUITER, null, member);
        String formerRecruiter = account(Role.COMPANY_RECRUITER, null, former);

        String page = page("/gestion/clusters/" + cluster.id(), recruiter);
        assertThat(page).contains(cluster.name()).doesNotContain("id=\"profile-form\"").doesNotContain("id=\"members-link\"");
        assertThat(page("/gestion/clusters", recruiter)).contains(cluster.name());
        assertThat(statusOf(get("/gestion/clusters/" + cluster.id() + "/membres"), recruiter)).isEqualTo(403);
        assertThat(statusOf(post("/gestion/clusters/" + cluster.id() + "/membres").param("organisationId", former.toString())
                .param("since", today().toString()), recruiter)).isEqualTo(403);
        assertThat(statusOf(profile(cluster.id(), 0, "Par un membre"), recruiter)).isEqualTo(403);

        assertThat(statusOf(get("/gestion/clusters/" + cluster.id()), formerRecruiter)).isEqualTo(403);
        assertThat(page("/gestion/clusters", formerRecruiter)).doesNotContain(cluster.name());
    }

    @Test
    void theCoPilotsOfTheClustersRegionKeepItsProfileAndThoseOfAnotherRegionAreRefused() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe ligérienne"));
        String ownCoordinator = account(Role.REGIONAL_COORDINATOR, "52", null);
        String otherCouncil = account(Role.REGIONAL_COUNCIL, "84", null);
        long version = clusters.details(cluster.id()).orElseThrow().version();

        assertThat(statusOf(get("/gestion/clusters/" + cluster.id()), otherCouncil)).isEqualTo(403);
        assertThat(statusOf(profile(cluster.id(), version, "Par une autre région"), otherCouncil)).isEqualTo(403);
        assertThat(page("/gestion/clusters", otherCouncil)).doesNotContain(cluster.name());

        assertThat(page("/gestion/clusters/" + cluster.id(), ownCoordinator)).contains("id=\"profile-form\"").doesNotContain("id=\"members-link\"");
        assertThat(statusOf(get("/gestion/clusters/" + cluster.id() + "/membres"), ownCoordinator)).isEqualTo(403);
        assertThat(statusOf(profile(cluster.id(), version, "Estuaire de la Loire"), ownCoordinator)).isEqualTo(302);
        assertThat(clusters.details(cluster.id()).orElseThrow().profile().territory()).isEqualTo("Estuaire de la Loire");
        assertThat(page("/gestion/clusters/" + cluster.id(), ownCoordinator)).contains("Profil du cluster modifié");
    }

    @Test
    void aStaleProfileIsRefusedAndTheTypedFormKept() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe concurrente"));
        String staff = account(Role.CLUSTER_STAFF, null, cluster.id());
        long opened = clusters.details(cluster.id()).orElseThrow().version();
        clusters.describe(nationalAdmin(), cluster.id(), opened, new ClusterProfile(fr.passerelle.clusters.ClusterKind.REGIONAL_CLUSTER, "52",
                "Saisi par l'administration", java.util.List.of(Sector.MOBILITY), null, null, null, null, 12, true));

        String html = mvc.perform(profile(cluster.id(), opened, "Saisi par l'équipe").with(as(users, staff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("modifié par quelqu&#39;un d&#39;autre").contains("value=\"Saisi par l&#39;équipe\"");
        assertThat(clusters.details(cluster.id()).orElseThrow().profile().territory()).isEqualTo("Saisi par l'administration");
    }

    @Test
    void aWrongProfileShowsFrenchErrorsWithWhatWasTyped() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe mal saisie"));
        String staff = account(Role.CLUSTER_STAFF, null, cluster.id());
        long version = clusters.details(cluster.id()).orElseThrow().version();

        String blank = mvc.perform(post("/gestion/clusters/" + cluster.id()).param("kind", "").param("regionCode", "52")
                        .param("territory", "Territoire tapé").param("jobsRepresented", "beaucoup").param("matrixRefreshMonths", "")
                        .param("version", String.valueOf(version)).with(as(users, staff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("Choisissez le type de réseau.").contains("Indiquez tous les combien de mois")
                .contains("value=\"Territoire tapé\"").contains("value=\"beaucoup\"");
        String notANumber = mvc.perform(profile(cluster.id(), version, "Territoire tapé").param("jobsRepresented", "beaucoup")
                        .with(as(users, staff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notANumber).contains("Les emplois représentés : nombre entier attendu, pas « beaucoup ».").contains("value=\"beaucoup\"");
        assertThat(clusters.details(cluster.id()).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void theStaffAddsChangesEndsAndRemovesMembers() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe des membres"));
        String staff = account(Role.CLUSTER_STAFF, null, cluster.id());
        String companyName = unique("Chaudronnerie");
        UUID company = ClusterFixtures.company(directory, companyName);
        String base = "/gestion/clusters/" + cluster.id() + "/membres";

        // A date missing: the French message, the organisation picked still shown.
        String refused = mvc.perform(post(base).param("organisationId", company.toString()).param("since", "").with(as(users, staff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Indiquez la date d&#39;adhésion.").contains(companyName);

        assertThat(statusOf(post(base).param("organisationId", company.toString()).param("since", today().minusMonths(2).toString())
                .param("listed", "true"), staff)).isEqualTo(302);
        assertThat(page(base + "?q=" + companyName.substring(0, 12) + "&actifs=true", staff)).contains(companyName);
        ClusterMember member = clusters.members(nationalAdmin(), cluster.id(), companyName, false, 1, 10).members().get(0);

        // Overlapping membership of the same company: refused in French, typed date kept.
        String overlap = mvc.perform(post(base).param("organisationId", company.toString()).param("since", "2020-01-01")
                        .with(as(users, staff)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overlap).contains("est déjà membre sur cette période").contains("value=\"2020-01-01\"");

        assertThat(statusOf(post(base + "/" + member.membershipId()).param("since", today().minusMonths(3).toString()).param("until", "")
                .param("version", String.valueOf(member.version())), staff)).isEqualTo(302);
        String stale = mvc.perform(post(base + "/" + member.membershipId()).param("since", "2021-05-04").param("version", String.valueOf(member.version()))
                .with(as(users, staff)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("modifiée par quelqu&#39;un d&#39;autre").contains("value=\"2021-05-04\"");

        assertThat(statusOf(post(base + "/" + member.membershipId() + "/fin").param("until", today().toString()), staff)).isEqualTo(302);
        assertThat(clusters.isActiveMember(cluster.id(), company, today().plusDays(1))).isFalse();
        assertThat(clusters.isActiveMember(cluster.id(), company, today())).isTrue();

        assertThat(statusOf(post(base + "/" + member.membershipId() + "/suppression"), staff)).isEqualTo(302);
        assertThat(clusters.members(nationalAdmin(), cluster.id(), companyName, false, 1, 10).total()).isZero();
        assertThat(page("/gestion/clusters/" + cluster.id(), staff)).contains("saisie par erreur");
    }

    @Test
    void theRegionsCoPilotRegistersAClusterOfTheirRegionOnlyFromADirectoryClusterOrganisation() throws Exception {
        String coordinator = account(Role.REGIONAL_COORDINATOR, "52", null);
        String name = unique("Pôle enregistré");
        UUID organisation = directory.register(nationalAdmin(), DirectoryFixtures.organisation(OrganisationKind.CLUSTER, name)).id();
        UUID company = ClusterFixtures.company(directory, unique("Pas un cluster"));

        assertThat(page("/gestion/clusters/nouveau", coordinator)).contains("/gestion/organisations/nouvelle");
        String notACluster = mvc.perform(post("/gestion/clusters").param("organisationId", company.toString()).param("kind", "BUSINESS_CLUSTER")
                        .param("regionCode", "52").param("matrixRefreshMonths", "12").with(as(users, coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notACluster).contains("n&#39;est pas un pôle ou un cluster");
        assertThat(statusOf(post("/gestion/clusters").param("organisationId", organisation.toString()).param("kind", "BUSINESS_CLUSTER")
                .param("regionCode", "84").param("matrixRefreshMonths", "12"), coordinator)).isEqualTo(403);
        assertThat(statusOf(post("/gestion/clusters").param("organisationId", organisation.toString()).param("kind", "BUSINESS_CLUSTER")
                .param("regionCode", "52").param("matrixRefreshMonths", "12").param("published", "true"), coordinator)).isEqualTo(302);
        assertThat(clusters.cluster(organisation).orElseThrow().regionCode()).isEqualTo("52");
        assertThat(statusOf(get("/gestion/clusters/nouveau"), account(Role.CLUSTER_STAFF, null, organisation))).isEqualTo(403);
    }

    @Test
    void theNationalAdministratorOpensAClusterStaffAccountAttachedToTheCluster() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe à équiper"));
        String username = "equipe-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(page("/gestion/comptes", "admin")).contains("équipe d’un cluster");
        assertThat(statusOf(post("/gestion/comptes").param("username", username).param("displayName", "Animatrice").param("email", username + "@example.fr")
                .param("role", "CLUSTER_STAFF").param("organisationId", cluster.id().toString()).param("password", "demo-demo-demo-1"), "admin")).isEqualTo(302);
        var actor = accounts.byUsername(username).orElseThrow();
        assertThat(actor.role()).isEqualTo(Role.CLUSTER_STAFF);
        assertThat(actor.organisationId()).isEqualTo(cluster.id());
        assertThat(page("/gestion", username)).contains("Votre cluster").contains(cluster.name());
    }

    @Test
    void aMembersPeopleFindTheirClustersOnTheLandingPage() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", unique("Grappe accueillante"));
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Membre accueilli"), today().minusMonths(1));
        assertThat(page("/gestion", account(Role.PARTNER_MEMBER, null, member))).contains("Mes clusters").contains(cluster.name());
        assertThat(page("/gestion", account(Role.COMPANY_RECRUITER, null, ClusterFixtures.company(directory, unique("Non membre")))))
                .doesNotContain("Mes clusters");
    }

    @Test
    void thePublicDirectoryFindsPublishedClustersByWordsAndFiltersAndHidesUnpublishedOnes() throws Exception {
        String word = "Zephyr" + UUID.randomUUID().toString().substring(0, 6);
        ClusterCard digital = ClusterFixtures.cluster(directory, clusters, "11", "Pôle " + word + " numérique", Sector.DIGITAL);
        ClusterCard tourism = ClusterFixtures.cluster(directory, clusters, "75", "Cluster " + word + " tourisme", Sector.TOURISM);
        ClusterCard hidden = ClusterFixtures.cluster(directory, clusters, "11", "Réseau " + word + " caché", Sector.DIGITAL);
        long version = clusters.details(hidden.id()).orElseThrow().version();
        clusters.describe(nationalAdmin(), hidden.id(), version, new ClusterProfile(fr.passerelle.clusters.ClusterKind.BUSINESS_CLUSTER, "11", null,
                java.util.List.of(Sector.DIGITAL), null, null, null, null, 12, false));

        String all = mvc.perform(get("/clusters").param("q", word)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains(digital.name()).contains(tourism.name()).doesNotContain(hidden.name()).contains("id=\"cluster-map\"");
        String filtered = mvc.perform(get("/clusters").param("q", word).param("filiere", "DIGITAL").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains(digital.name()).doesNotContain(tourism.name()).doesNotContain("<html");
        assertThat(mvc.perform(get("/clusters").param("q", word).param("region", "75")).andReturn().getResponse().getContentAsString())
                .contains(tourism.name()).doesNotContain(digital.name());

        mvc.perform(get(hidden.publicPath())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clusters/" + hidden.slug())).andExpect(status().isNotFound());
        String api = mvc.perform(get("/api/v1/clusters").param("q", word).param("filiere", "DIGITAL")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"slug\":\"" + digital.slug() + "\"").contains("\"totalItems\":1").doesNotContain(hidden.slug());
        assertThat(mvc.perform(get("/api/v1/clusters/" + digital.slug())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("\"name\":\"" + digital.name() + "\"");
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .contains("/api/v1/clusters").contains("/api/v1/clusters/{slug}");
    }

    @Test
    void aClustersPublicPageNamesOnlyItsActiveListedMembersAndThePartnerPageLinksToIt() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "53", unique("Pôle public"), Sector.MOBILITY);
        String listed = unique("Chantier nommé");
        ClusterFixtures.memberCompany(directory, clusters, cluster.id(), listed, today().minusYears(1));
        String unlisted = unique("Chantier discret");
        clusters.addMember(nationalAdmin(), cluster.id(), ClusterFixtures.company(directory, unlisted), null, today().minusYears(1), null, false);
        String former = unique("Chantier parti");
        clusters.addMember(nationalAdmin(), cluster.id(), ClusterFixtures.company(directory, former), null, today().minusYears(3), today().minusDays(2), true);
        clusters.addBranch(nationalAdmin(), cluster.id(), "Réparation navale", null);

        String html = mvc.perform(get(cluster.publicPath())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(listed).doesNotContain(unlisted).doesNotContain(former).contains("Réparation navale");
        assertThat(mvc.perform(get("/partenaires/" + cluster.id())).andReturn().getResponse().getContentAsString())
                .contains("href=\"" + cluster.publicPath() + "\"");
    }

    @Test
    void theNationalAdministratorFiltersTheListInSql() throws Exception {
        String word = "Quasar" + UUID.randomUUID().toString().substring(0, 6);
        ClusterCard naval = ClusterFixtures.cluster(directory, clusters, "53", "Grappe " + word + " navale", Sector.MOBILITY);
        ClusterCard alpine = ClusterFixtures.cluster(directory, clusters, "84", "Grappe " + word + " alpine", Sector.TOURISM);
        assertThat(page("/gestion/clusters?q=" + word + "&region=53", "admin")).contains(naval.name()).doesNotContain(alpine.name());
        assertThat(page("/gestion/clusters?q=" + word + "&filiere=TOURISM", "admin")).contains(alpine.name()).doesNotContain(naval.name());
        assertThat(page("/gestion/clusters", "admin")).contains("id=\"register-cluster\"");
        assertThat(statusOf(get("/gestion/clusters"), "referent")).isEqualTo(403);
    }

    @Test
    void everyDemoRoleIsLetIntoExactlyTheClusterPagesItsScopeCovers() throws Exception {
        // A cluster of the demo région (Hauts-de-France): its co-pilots keep its profile; none of the demo companies is a member.
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "32", unique("Grappe des Hauts-de-France"));
        String id = cluster.id().toString();
        java.util.Map<String, java.util.function.Supplier<MockHttpServletRequestBuilder>> endpoints = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Set<String>> allowed = new java.util.HashMap<>();
        java.util.Set<String> coPilots = java.util.Set.of("admin", "coordination", "conseil-regional");
        endpoints.put("liste", () -> get("/gestion/clusters"));
        allowed.put("liste", java.util.Set.of("admin", "coordination", "conseil-regional", "partenaire", "recruteur", "cluster"));
        endpoints.put("formulaire d'enregistrement", () -> get("/gestion/clusters/nouveau"));
        allowed.put("formulaire d'enregistrement", coPilots);
        endpoints.put("page du cluster", () -> get("/gestion/clusters/" + id));
        allowed.put("page du cluster", coPilots);
        endpoints.put("profil périmé", () -> post("/gestion/clusters/" + id).param("kind", "BUSINESS_CLUSTER").param("regionCode", "32")
                .param("matrixRefreshMonths", "12").param("version", "-1"));
        allowed.put("profil périmé", coPilots);
        endpoints.put("sous-cluster sans nom", () -> post("/gestion/clusters/" + id + "/sous-clusters").param("name", ""));
        allowed.put("sous-cluster sans nom", coPilots);
        endpoints.put("membres", () -> get("/gestion/clusters/" + id + "/membres"));
        allowed.put("membres", java.util.Set.of("admin"));
        endpoints.put("membre sans date", () -> post("/gestion/clusters/" + id + "/membres").param("organisationId", "").param("since", ""));
        allowed.put("membre sans date", java.util.Set.of("admin"));
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (var endpoint : endpoints.entrySet()) {
            for (String username : fr.passerelle.TestActors.ALL) {
                int status = statusOf(endpoint.getValue().get(), username);
                boolean ok = allowed.get(endpoint.getKey()).contains(username) ? status < 400 : status == 403;
                if (!ok) {
                    wrong.add(endpoint.getKey() + " / " + username + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
