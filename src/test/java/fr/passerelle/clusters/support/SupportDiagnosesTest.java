package fr.passerelle.clusters.support;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrSupport;
import fr.passerelle.clusters.HrSupport.DiagnosisTheme;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An HR diagnosis of a member company and its action plan: kept by the cluster's staff, read by the diagnosed
 * company's people, refused to another member company, a former member and another cluster's staff.
 */
@PasserelleIntegrationTest
class SupportDiagnosesTest {

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
    SupportDiagnoses diagnoses;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    private String open(Role role, UUID organisation) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("diag-" + key, "diag-" + key + "@exemple.fr", "Compte " + key, "une phrase assez longue", role,
                null, null, null, organisation)).username();
    }

    @Test
    void theStaffWriteADiagnosisAndItsPlanThatOnlyTheDiagnosedCompanyReads() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "84", "Grappe mécanique");
        UUID diagnosed = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Usinage diagnostiqué", today().minusYears(1));
        UUID otherMember = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Autre adhérente", today().minusYears(1));
        UUID former = ClusterFixtures.company(directory, "Ancienne adhérente");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), former, null, today().minusYears(3), today().minusDays(1), true);
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "84", "Autre grappe");
        Actor staff = TestActors.clusterStaffOf(cluster.id());

        UUID diagnosis = support.openDiagnosis(staff, cluster.id(), diagnosed, "Consultante de l'Apec", today().minusDays(10), today().minusDays(8),
                new BigDecimal("2.5"), "Structurer le recrutement.");
        support.addFinding(staff, cluster.id(), diagnosis, DiagnosisTheme.RECRUITMENT, "Aucune fiche de poste écrite.");
        support.addAction(staff, cluster.id(), diagnosis, "Écrire les fiches de poste", "Direction", today().plusDays(30));

        String path = "/gestion/clusters/" + cluster.id() + "/accompagnement/diagnostics/" + diagnosis;
        String reader = open(Role.COMPANY_RECRUITER, diagnosed);
        mvc.perform(get(path).with(as(users, reader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Aucune fiche de poste écrite.")))
                .andExpect(content().string(Matchers.containsString("Écrire les fiches de poste")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"action-form\""))));
        mvc.perform(get("/gestion/clusters/" + cluster.id() + "/accompagnement/diagnostics").with(as(users, reader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Usinage diagnostiqué")));
        for (String outsider : new String[] {open(Role.COMPANY_RECRUITER, otherMember), open(Role.COMPANY_RECRUITER, former),
                open(Role.CLUSTER_STAFF, other.id())}) {
            mvc.perform(get(path).with(as(users, outsider))).andExpect(status().isForbidden());
        }
        String staffAccount = open(Role.CLUSTER_STAFF, cluster.id());
        mvc.perform(get("/gestion/clusters/" + cluster.id() + "/accompagnement/diagnostics").with(as(users, staffAccount))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"diagnosis-form\"")));
        mvc.perform(get(path).with(as(users, staffAccount))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"action-form\"")));
        assertThat(diagnoses.list(TestActors.recruiterOf(otherMember), cluster.id(), 0, 20).total()).isZero();
        assertThat(diagnoses.list(staff, cluster.id(), 0, 20).total()).isEqualTo(1);
        assertThatThrownBy(() -> support.addAction(TestActors.recruiterOf(diagnosed), cluster.id(), diagnosis, "Intrus", "X", null))
                .isInstanceOf(AccessDeniedException.class);

        var action = diagnoses.page(staff, cluster.id(), diagnosis).actions().get(0);
        mvc.perform(post(path + "/actions/" + action.id()).with(as(users, open(Role.CLUSTER_STAFF, cluster.id()))).with(csrf())
                        .param("version", Long.toString(action.version())).param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        assertThat(diagnoses.page(staff, cluster.id(), diagnosis).actions().get(0).status()).isEqualTo(SupportDiagnoses.Status.IN_PROGRESS);
        assertThatThrownBy(() -> diagnoses.changeStatus(staff, cluster.id(), diagnosis, action.id(), action.version(), SupportDiagnoses.Status.DONE))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(audit.history(SupportDiagnoses.AUDITED, diagnosis)).extracting(AuditTrail.Entry::action)
                .contains("DIAGNOSTIC_OUVERT", "CONSTAT", "ACTION_AJOUTEE", "ACTION_SUIVIE");
    }

    @Test
    void aDiagnosisIsOpenedForAnActiveMemberOnlyByHalfDays() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "84", "Grappe des règles");
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Adhérente", today().minusYears(1));
        UUID stranger = ClusterFixtures.company(directory, "Non adhérente");
        Actor staff = TestActors.clusterStaffOf(cluster.id());

        assertThatThrownBy(() -> support.openDiagnosis(staff, cluster.id(), stranger, "Consultant", today(), today().plusDays(2), BigDecimal.valueOf(3), null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.problems()).containsKey("organisationId"));
        assertThatThrownBy(() -> support.openDiagnosis(staff, cluster.id(), member, "Consultant", today(), today().plusDays(2), new BigDecimal("2.3"), null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.problems()).containsKey("days"));
        assertThatThrownBy(() -> support.openDiagnosis(staff, cluster.id(), member, "Consultant", today(), today().minusDays(1), BigDecimal.ONE, null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.problems()).containsKey("endsOn"));
        assertThatThrownBy(() -> support.openDiagnosis(TestActors.recruiterOf(member), cluster.id(), member, "Moi", today(), today(), BigDecimal.ONE, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
