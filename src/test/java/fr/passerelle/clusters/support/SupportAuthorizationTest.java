package fr.passerelle.clusters.support;

import static fr.passerelle.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrSupport;
import fr.passerelle.clusters.SupportEventDetails;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The HR support pages walked with every kind of reader: anonymous visitors are sent to the login, other clusters'
 * staff, non-member companies and former members are refused (403), members read and register but do not manage, the
 * staff and the national administration do everything.
 */
@PasserelleIntegrationTest
class SupportAuthorizationTest {

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
    HrSupport support;
    @Autowired
    Clock clock;

    ClusterCard cluster;
    UUID event;
    String staff;
    String member;
    String formerMember;
    String stranger;
    String otherStaff;

    private String open(Role role, UUID organisation) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("acces-" + key, "acces-" + key + "@exemple.fr", "Compte " + key, "une phrase assez longue", role,
                null, null, null, organisation)).username();
    }

    @BeforeEach
    void world() {
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster des accès");
        UUID memberCompany = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Adhérente", today.minusYears(1));
        UUID former = ClusterFixtures.company(directory, "Ex-adhérente");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), former, null, today.minusYears(2), today.minusDays(1), true);
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "52", "Cluster voisin");
        staff = open(Role.CLUSTER_STAFF, cluster.id());
        member = open(Role.COMPANY_RECRUITER, memberCompany);
        formerMember = open(Role.COMPANY_RECRUITER, former);
        stranger = open(Role.COMPANY_RECRUITER, ClusterFixtures.company(directory, "Jamais adhérente"));
        otherStaff = open(Role.CLUSTER_STAFF, other.id());
        LocalDateTime start = LocalDateTime.now(clock.withZone(Times.current().zone())).plusDays(7).withSecond(0).withNano(0);
        event = support.planEvent(TestActors.clusterStaffOf(cluster.id()), cluster.id(), new SupportEventDetails(SupportEventKind.WORKSHOP,
                "Rédiger une fiche de poste", null, null, start, start.plusHours(3), "Nantes", false, 15, null, null, null, List.of()));
    }

    private String base() {
        return "/gestion/clusters/" + cluster.id() + "/accompagnement";
    }

    private List<String> readPages() {
        return List.of(base(), base() + "/evenements/" + event, base() + "/evenements/" + event + "/evenement.ics");
    }

    private List<String> staffPages() {
        return List.of(base() + "/evenements/nouveau", base() + "/evenements/" + event + "/modifier");
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        for (String page : readPages()) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/connexion"));
        }
    }

    @Test
    void outsidersAreRefusedEverywhere() throws Exception {
        for (String outsider : List.of(otherStaff, stranger, formerMember)) {
            for (String page : readPages()) {
                mvc.perform(get(page).with(as(users, outsider))).andExpect(status().isForbidden());
            }
            for (String page : staffPages()) {
                mvc.perform(get(page).with(as(users, outsider))).andExpect(status().isForbidden());
            }
            mvc.perform(post(base() + "/evenements/" + event + "/inscriptions").with(as(users, outsider)).with(csrf())
                    .param("fullName", "Intrus").param("email", "intrus@exemple.fr")).andExpect(status().isForbidden());
        }
    }

    @Test
    void membersReadAndRegisterButDoNotManage() throws Exception {
        for (String page : readPages()) {
            mvc.perform(get(page).with(as(users, member))).andExpect(status().isOk());
        }
        for (String page : staffPages()) {
            mvc.perform(get(page).with(as(users, member))).andExpect(status().isForbidden());
        }
        mvc.perform(post(base() + "/evenements/" + event + "/annulation").with(as(users, member)).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/agenda").with(as(users, member)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theStaffAndTheNationalAdministrationManage() throws Exception {
        for (String reader : List.of(staff, "admin")) {
            for (String page : readPages()) {
                mvc.perform(get(page).with(as(users, reader))).andExpect(status().isOk());
            }
            for (String page : staffPages()) {
                mvc.perform(get(page).with(as(users, reader))).andExpect(status().isOk());
            }
        }
    }
}
