package fr.passerelle.clusters.support;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestAccounts;
import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrProgrammes;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Programmes, cohorts and collective sessions are changed and deleted by the cluster's staff only, with optimistic
 * locking and an audit entry each; what has history (a presence recorded, an individual follow-up written) is kept and
 * the page says why, the rest is deleted with what it holds.
 */
@PasserelleIntegrationTest
class SupportProgrammeChangesTest {

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
    UUID company;
    Actor staffActor;
    String staff;
    String recruiter;
    UUID programme;
    UUID cohort;

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Times.current().zone())).withSecond(0).withNano(0);
    }

    private String open(Role role, UUID organisation) {
        return TestAccounts.open(accounts, "chg", role, organisation);
    }

    @BeforeEach
    void world() {
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster des changements");
        company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Forge Gamma", now().toLocalDate().minusYears(1));
        staff = open(Role.CLUSTER_STAFF, cluster.id());
        recruiter = open(Role.COMPANY_RECRUITER, company);
        staffActor = TestActors.clusterStaffOf(cluster.id());
        programme = api.createProgramme(staffActor, cluster.id(), "Recruter autrement", "Recrutement", null, "Apec");
        cohort = api.addCohort(staffActor, programme, 0, "Groupe 1");
        api.addCompany(staffActor, cohort, 0, company);
    }

    private String programmePath() {
        return "/gestion/clusters/" + cluster.id() + "/accompagnement/programmes/" + programme;
    }

    private String cohortPath() {
        return programmePath() + "/cohortes/" + cohort;
    }

    @Test
    void theStaffEditAProgrammeOnceAndAStaleFormIsRefused() throws Exception {
        mvc.perform(get(programmePath()).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"edit-programme-form\"")))
                .andExpect(content().string(Matchers.containsString("id=\"delete-programme-form\"")));
        mvc.perform(post(programmePath() + "/modifier").with(as(users, staff)).with(csrf()).param("version", "1")
                        .param("title", "Recruter sans diplôme").param("theme", "Recrutement").param("description", "").param("partners", "Apec, CTEF"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(programmePath()));
        mvc.perform(post(programmePath() + "/modifier").with(as(users, staff)).with(csrf()).param("version", "1")
                        .param("title", "Écrasé").param("theme", "").param("description", "").param("partners", ""))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("modifiée par quelqu&#39;un d&#39;autre")));
        mvc.perform(post(programmePath() + "/modifier").with(as(users, staff)).with(csrf()).param("version", "2").param("title", " "))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Indiquez le titre du programme.")));

        var page = programmes.programme(staffActor, cluster.id(), programme);
        assertThat(page.programme().title()).isEqualTo("Recruter sans diplôme");
        assertThat(page.programme().partners()).isEqualTo("Apec, CTEF");
        assertThat(audit.history(SupportProgrammes.AUDITED, programme)).extracting(AuditTrail.Entry::action).contains("PROGRAMME_MODIFIE");
    }

    @Test
    void aCohortsCompanyReadsButChangesNothing() throws Exception {
        mvc.perform(get(programmePath()).with(as(users, recruiter))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("edit-programme-form"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("delete-programme-form"))));
        mvc.perform(post(programmePath() + "/modifier").with(as(users, recruiter)).with(csrf()).param("version", "1").param("title", "Pris"))
                .andExpect(status().isForbidden());
        mvc.perform(post(programmePath() + "/suppression").with(as(users, recruiter)).with(csrf()).param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(cohortPath() + "/suppression").with(as(users, recruiter)).with(csrf()).param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(cohortPath() + "/modifier").with(as(users, recruiter)).with(csrf()).param("version", "1").param("name", "Pris"))
                .andExpect(status().isForbidden());
        assertThat(programmes.programme(staffActor, cluster.id(), programme).programme().title()).isEqualTo("Recruter autrement");
    }

    @Test
    void anonymousVisitorsAndAnotherClustersStaffChangeNothing() throws Exception {
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "52", "Autre cluster des changements");
        String otherStaff = open(Role.CLUSTER_STAFF, other.id());
        for (String path : java.util.List.of(programmePath() + "/modifier", programmePath() + "/suppression", cohortPath() + "/modifier",
                cohortPath() + "/suppression")) {
            mvc.perform(post(path).with(csrf()).param("version", "1").param("title", "Pris").param("name", "Pris"))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/connexion"));
            mvc.perform(post(path).with(as(users, otherStaff)).with(csrf()).param("version", "1").param("title", "Pris").param("name", "Pris"))
                    .andExpect(status().isForbidden());
        }
        assertThat(programmes.programme(staffActor, cluster.id(), programme).cohorts()).extracting(SupportProgrammes.Cohort::name)
                .containsExactly("Groupe 1");
    }

    @Test
    void aProgrammeWithoutHistoryIsDeletedWithItsCohortsAndSessions() throws Exception {
        api.planSession(staffActor, cohort, 1, now().plusDays(7), now().plusDays(7).plusHours(3), null, "Atelier à venir");
        mvc.perform(post(programmePath() + "/suppression").with(as(users, staff)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", Matchers.containsString("modifiée par quelqu'un d'autre")));
        mvc.perform(post(programmePath() + "/suppression").with(as(users, staff)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/gestion/clusters/" + cluster.id() + "/accompagnement/programmes"));
        assertThatThrownBy(() -> programmes.programme(staffActor, cluster.id(), programme)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> programmes.session(staffActor, cohort, UUID.randomUUID())).isInstanceOf(NoSuchElementException.class);
        assertThat(audit.history(SupportProgrammes.AUDITED, programme)).extracting(AuditTrail.Entry::action).contains("PROGRAMME_SUPPRIME");
    }

    @Test
    void aRecordedPresenceKeepsTheProgrammeTheCohortAndTheSession() throws Exception {
        LocalDateTime past = now().minusDays(3).withHour(9).withMinute(0);
        UUID held = api.planSession(staffActor, cohort, 1, past, past.plusHours(3), "Nantes", "Atelier passé");
        api.recordAttendance(staffActor, cohort, held, 2, Set.of(company));

        mvc.perform(get(programmePath()).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"programme-kept\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"delete-programme-form\""))));
        mvc.perform(get(cohortPath()).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"cohort-kept\"")))
                .andExpect(content().string(Matchers.containsString("Présence relevée : la séance est conservée.")));
        mvc.perform(post(programmePath() + "/suppression").with(as(users, staff)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", Matchers.containsString("historique est conservé")));
        assertThatThrownBy(() -> programmes.deleteCohort(staffActor, cohort, 3)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("historique est conservé");
        assertThatThrownBy(() -> programmes.deleteSession(staffActor, cohort, held, 3)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("ne se supprime pas");
        assertThatThrownBy(() -> programmes.editSession(staffActor, cohort, held, 3, now().plusDays(1), now().plusDays(1).plusHours(2), null, "Atelier"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ne se déplace pas dans le futur");

        programmes.editSession(staffActor, cohort, held, 3, past, past.plusHours(4), "Saint-Nazaire", "Atelier passé, prolongé");
        var session = programmes.session(staffActor, cohort, held);
        assertThat(session.place()).isEqualTo("Saint-Nazaire");
        assertThat(session.endsAt()).isEqualTo(past.plusHours(4));
        assertThat(programmes.programme(staffActor, cluster.id(), programme).cohorts()).hasSize(1);
        assertThat(audit.history(SupportProgrammes.AUDITED, programme)).extracting(AuditTrail.Entry::action).contains("SEANCE_MODIFIEE");
    }

    @Test
    void theStaffRenameACohortEditAndDeleteAPlannedSessionAndDeleteTheCohort() throws Exception {
        LocalDateTime later = now().plusDays(10).withHour(14).withMinute(0);
        UUID planned = api.planSession(staffActor, cohort, 1, later, later.plusHours(3), null, "Atelier prévu");
        mvc.perform(post(cohortPath() + "/modifier").with(as(users, staff)).with(csrf()).param("version", "2").param("name", "Groupe printemps"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "La cohorte est renommée."));
        mvc.perform(get(cohortPath() + "/seances/" + planned + "/modifier").with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Atelier prévu")));
        mvc.perform(get(cohortPath() + "/seances/" + planned + "/modifier").with(as(users, recruiter))).andExpect(status().isForbidden());
        mvc.perform(post(cohortPath() + "/seances/" + planned + "/modifier").with(as(users, staff)).with(csrf()).param("version", "3")
                        .param("startsAt", later.plusDays(1).toString()).param("endsAt", later.plusDays(1).plusHours(2).toString())
                        .param("topic", "Atelier déplacé").param("place", "Angers"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(cohortPath() + "/seances/" + planned + "/modifier").with(as(users, staff)).with(csrf()).param("version", "4")
                        .param("startsAt", later.toString()).param("endsAt", later.minusHours(1).toString()).param("topic", "À l'envers"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("La fin de la séance suit son début.")));
        assertThat(programmes.session(staffActor, cohort, planned).topic()).isEqualTo("Atelier déplacé");

        mvc.perform(post(cohortPath() + "/seances/" + planned + "/suppression").with(as(users, staff)).with(csrf()).param("version", "4"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "La séance collective est supprimée."));
        assertThat(programmes.cohort(staffActor, cluster.id(), programme, cohort).sessions()).isEmpty();
        assertThatThrownBy(() -> programmes.deleteCohort(staffActor, cohort, 4)).isInstanceOf(ConcurrentEditException.class);

        mvc.perform(post(cohortPath() + "/suppression").with(as(users, staff)).with(csrf()).param("version", "5"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(programmePath() + "#cohortes"));
        assertThat(programmes.programme(staffActor, cluster.id(), programme).cohorts()).isEmpty();
        assertThat(audit.history(SupportProgrammes.AUDITED, programme)).extracting(AuditTrail.Entry::action)
                .contains("COHORTE_MODIFIEE", "SEANCE_MODIFIEE", "SEANCE_SUPPRIMEE", "COHORTE_SUPPRIMEE");
    }
}
