package fr.passerelle.clusters.support;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrProgrammes;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A multi-session programme in cohorts: the cluster's staff create it, its cohorts of active member companies, plan the
 * collective sessions, record attendance and individual follow-ups; a cohort's company reads its cohort and its own
 * progress only; other clusters' staff, member companies outside the cohort and anonymous visitors are refused.
 */
@PasserelleIntegrationTest
class SupportProgrammesTest {

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
    HrProgrammes api;
    @Autowired
    SupportProgrammes programmes;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    ClusterCard cluster;
    UUID first;
    UUID second;
    UUID outsideCohort;
    UUID stranger;
    String staff;

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Times.current().zone())).withSecond(0).withNano(0);
    }

    private String open(Role role, UUID organisation) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("prog-" + key, "prog-" + key + "@exemple.fr", "Compte " + key, "une phrase assez longue", role,
                null, null, null, organisation)).username();
    }

    @BeforeEach
    void world() {
        LocalDate today = now().toLocalDate();
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster des programmes");
        first = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chaudronnerie Alpha", today.minusYears(1));
        second = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Usinage Bêta", today.minusYears(1));
        outsideCohort = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Adhérente hors cohorte", today.minusYears(1));
        stranger = ClusterFixtures.company(directory, "Jamais adhérente");
        staff = open(Role.CLUSTER_STAFF, cluster.id());
    }

    private String base() {
        return "/gestion/clusters/" + cluster.id() + "/accompagnement/programmes";
    }

    @Test
    void theStaffRunACohortAndTheProgressFiguresAreRight() throws Exception {
        String programmePath = mvc.perform(post(base()).with(as(users, staff)).with(csrf())
                        .param("title", "Fidéliser ses salariés").param("theme", "Fidélisation").param("description", "Six demi-journées en collectif.")
                        .param("partners", "Apec"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID programme = UUID.fromString(programmePath.substring(programmePath.lastIndexOf('/') + 1));
        mvc.perform(post(base()).with(as(users, staff)).with(csrf()).param("title", " ")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Indiquez le titre du programme.")));

        String cohortPath = mvc.perform(post(base() + "/" + programme + "/cohortes").with(as(users, staff)).with(csrf())
                        .param("name", "Groupe 1").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID cohort = UUID.fromString(cohortPath.substring(cohortPath.lastIndexOf('/') + 1));
        assertThat(cohortPath).isEqualTo(base() + "/" + programme + "/cohortes/" + cohort);

        mvc.perform(post(cohortPath + "/entreprises").with(as(users, staff)).with(csrf()).param("organisationId", first.toString()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(cohortPath + "/entreprises").with(as(users, staff)).with(csrf()).param("organisationId", second.toString()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(cohortPath + "/entreprises").with(as(users, staff)).with(csrf()).param("organisationId", stranger.toString()).param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("seules les adhérentes rejoignent une cohorte")));

        LocalDateTime past = now().minusDays(14).withHour(9).withMinute(0);
        mvc.perform(post(cohortPath + "/seances").with(as(users, staff)).with(csrf()).param("version", "2")
                        .param("startsAt", past.toString()).param("endsAt", past.plusHours(4).toString()).param("topic", "Intégrer un nouveau salarié")
                        .param("place", "Nantes"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(cohortPath + "/seances").with(as(users, staff)).with(csrf()).param("version", "3")
                        .param("startsAt", past.plusDays(7).toString()).param("endsAt", past.plusDays(7).minusHours(1).toString()).param("topic", "À l'envers"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("La fin de la séance suit son début.")));
        Actor staffActor = TestActors.clusterStaffOf(cluster.id());
        UUID second_session = api.planSession(staffActor, cohort, 3, past.plusDays(7), past.plusDays(7).plusHours(4), "Saint-Nazaire", "Entretiens annuels");
        api.planSession(staffActor, cohort, 4, now().plusDays(14), now().plusDays(14).plusHours(4), null, "Marque employeur");
        var page = programmes.cohort(staffActor, cluster.id(), programme, cohort);
        UUID first_session = page.sessions().get(0).id();
        UUID future = page.sessions().get(2).id();

        mvc.perform(post(cohortPath + "/seances/" + first_session + "/presence").with(as(users, staff)).with(csrf()).param("version", "5")
                        .param("present", first.toString(), second.toString()))
                .andExpect(status().is3xxRedirection());
        api.recordAttendance(staffActor, cohort, second_session, 6, Set.of(first));
        assertThatThrownBy(() -> api.recordAttendance(staffActor, cohort, future, 7, Set.of(first)))
                .isInstanceOf(fr.passerelle.platform.BusinessRuleException.class).hasMessageContaining("une fois la séance commencée");
        assertThatThrownBy(() -> api.recordAttendance(staffActor, cohort, second_session, 6, Set.of(first, second)))
                .isInstanceOf(ConcurrentEditException.class);
        mvc.perform(post(cohortPath + "/suivis").with(as(users, staff)).with(csrf()).param("version", "7").param("company", second.toString())
                        .param("heldOn", now().toLocalDate().minusDays(3).toString()).param("consultant", "Consultante RH").param("notes", "Plan d'intégration écrit."))
                .andExpect(status().is3xxRedirection());

        page = programmes.cohort(staffActor, cluster.id(), programme, cohort);
        assertThat(page.companies()).extracting(SupportProgrammes.Progress::organisationId, SupportProgrammes.Progress::attended,
                        SupportProgrammes.Progress::held, SupportProgrammes.Progress::followUps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, 2, 2, 0), org.assertj.core.groups.Tuple.tuple(second, 1, 2, 1));
        assertThat(page.cohort().version()).isEqualTo(8);
        mvc.perform(get(cohortPath).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 sur 2")))
                .andExpect(content().string(Matchers.containsString("1 sur 2")))
                .andExpect(content().string(Matchers.containsString("Plan d&#39;intégration écrit.")))
                .andExpect(content().string(Matchers.containsString("id=\"follow-up-form\"")));
        mvc.perform(get(base() + "/" + programme).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Groupe 1")));
        mvc.perform(get(base()).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Fidéliser ses salariés")));
        assertThat(programmes.underWay(staffActor, cluster.id())).isEqualTo(1);

        mvc.perform(post(cohortPath + "/entreprises/" + second + "/retrait").with(as(users, staff)).with(csrf()).param("version", "8"))
                .andExpect(status().is3xxRedirection());
        assertThat(programmes.cohort(staffActor, cluster.id(), programme, cohort).companies()).extracting(SupportProgrammes.Progress::organisationId)
                .containsExactly(first);
        assertThat(audit.history(SupportProgrammes.AUDITED, programme)).extracting(AuditTrail.Entry::action)
                .contains("PROGRAMME_CREE", "COHORTE_AJOUTEE", "ENTREPRISE_AJOUTEE", "SEANCE_PLANIFIEE", "PRESENCE", "SUIVI_INDIVIDUEL", "ENTREPRISE_RETIREE");
    }

    @Test
    void aCohortIsReadByItsCompaniesOwnRowOnlyAndRefusedToEveryoneElse() throws Exception {
        Actor staffActor = TestActors.clusterStaffOf(cluster.id());
        UUID programme = api.createProgramme(staffActor, cluster.id(), "Programme lu", null, null, null);
        UUID cohort = api.addCohort(staffActor, programme, 0, "Groupe A");
        api.addCompany(staffActor, cohort, 0, first);
        api.addCompany(staffActor, cohort, 1, second);
        api.addFollowUp(staffActor, cohort, 2, first, now().toLocalDate(), "Consultant", "Notes d'Alpha");
        api.addFollowUp(staffActor, cohort, 3, second, now().toLocalDate(), "Consultant", "Notes de Bêta");
        String cohortPath = base() + "/" + programme + "/cohortes/" + cohort;
        List<String> pages = List.of(base() + "/" + programme, cohortPath);

        String reader = open(Role.COMPANY_RECRUITER, first);
        mvc.perform(get(cohortPath).with(as(users, reader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Notes d&#39;Alpha")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Notes de Bêta"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Usinage Bêta"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"company-form\""))));
        mvc.perform(get(base()).with(as(users, reader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Programme lu")));
        mvc.perform(post(cohortPath + "/seances").with(as(users, reader)).with(csrf()).param("version", "4")
                .param("startsAt", now().plusDays(3).toString()).param("endsAt", now().plusDays(3).plusHours(2).toString()).param("topic", "Intrus"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> api.addCompany(TestActors.recruiterOf(first), cohort, 4, outsideCohort)).isInstanceOf(AccessDeniedException.class);

        String otherStaff = open(Role.CLUSTER_STAFF, ClusterFixtures.cluster(directory, clusters, "52", "Cluster voisin").id());
        String notInCohort = open(Role.COMPANY_RECRUITER, outsideCohort);
        String nonMember = open(Role.COMPANY_RECRUITER, stranger);
        UUID former = ClusterFixtures.company(directory, "Ex-adhérente");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), former, null, now().toLocalDate().minusYears(2), now().toLocalDate().minusDays(1), true);
        String formerMember = open(Role.COMPANY_RECRUITER, former);
        for (String page : pages) {
            for (String outsider : List.of(otherStaff, notInCohort, nonMember, formerMember)) {
                mvc.perform(get(page).with(as(users, outsider))).andExpect(status().isForbidden());
            }
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/connexion"));
        }
        mvc.perform(get(base()).with(as(users, otherStaff))).andExpect(status().isForbidden());
        mvc.perform(get(base())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/connexion"));
        mvc.perform(post(base()).with(as(users, otherStaff)).with(csrf()).param("title", "Intrus")).andExpect(status().isForbidden());
        mvc.perform(post(cohortPath + "/entreprises").with(as(users, otherStaff)).with(csrf()).param("organisationId", outsideCohort.toString())
                .param("version", "4")).andExpect(status().isForbidden());
        assertThat(programmes.list(TestActors.recruiterOf(outsideCohort), cluster.id(), 0, 20).total()).isZero();
        assertThat(programmes.list(staffActor, cluster.id(), 0, 20).total()).isEqualTo(1);
    }

    @Test
    void aStaleFormIsRefusedAndTheCohortKeptAsItWas() throws Exception {
        Actor staffActor = TestActors.clusterStaffOf(cluster.id());
        UUID programme = api.createProgramme(staffActor, cluster.id(), "Programme disputé", null, null, null);
        UUID cohort = api.addCohort(staffActor, programme, 0, "Groupe A");
        assertThatThrownBy(() -> api.addCohort(staffActor, programme, 0, "Groupe B")).isInstanceOf(ConcurrentEditException.class);
        api.addCompany(staffActor, cohort, 0, first);
        mvc.perform(post(base() + "/" + programme + "/cohortes/" + cohort + "/entreprises").with(as(users, staff)).with(csrf())
                        .param("organisationId", second.toString()).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("modifiée par quelqu&#39;un d&#39;autre")));
        assertThat(programmes.cohort(staffActor, cluster.id(), programme, cohort).companies()).extracting(SupportProgrammes.Progress::organisationId)
                .containsExactly(first);
        assertThat(programmes.programme(staffActor, cluster.id(), programme).cohorts()).extracting(SupportProgrammes.Cohort::name)
                .containsExactly("Groupe A");
    }
}
