package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.browser.pages.LoginPage;
import fr.passerelle.browser.pages.SupportProgrammePage;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a cluster's staff create a programme, its first cohort, add the demo recruiter's member company,
 * plan a session held this morning and record its attendance; the recruiter then reads the cohort and their progress.
 * Every page is checked with axe-core.
 */
class SupportProgrammeBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Clock clock;

    @Test
    void theStaffRunACohortAndTheMemberCompanyReadsItsProgress() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.current().zone())).withSecond(0).withNano(0);
        Actor recruiter = accounts.byUsername("recruteur").orElseThrow();
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster des cohortes en navigateur");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), recruiter.organisationId(), null, now.toLocalDate().minusYears(1), null, true);
        String staffName = "prog-equipe-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(staffName, staffName + "@exemple.fr", "Équipe du cluster", LoginPage.DEMO_PASSWORD, Role.CLUSTER_STAFF,
                null, null, null, cluster.id()));

        logInAs(staffName);
        var page = SupportProgrammePage.open(browser(), cluster.id());
        page.expectHeading("Programmes d’accompagnement");
        page.assertAccessible();
        page.create("", "Fidélisation");
        page.expectFieldError("title", "Indiquez le titre du programme.");
        page.assertAccessible();
        page = SupportProgrammePage.open(browser(), cluster.id()).create("Fidéliser ses salariés", "Fidélisation");
        page.expectSuccess("Le programme est créé");
        page.expectHeading("Fidéliser ses salariés");
        page.assertAccessible();
        page.addCohort("Groupe 1");
        page.expectSuccess("La cohorte est ajoutée");
        page.assertAccessible();
        page.addCompany(recruiter.organisationId());
        page.expectSuccess("L'entreprise rejoint la cohorte.");
        page.planSession(now.minusHours(3), now.minusHours(1), "Intégrer un nouveau salarié");
        page.expectSuccess("La séance collective est planifiée.");
        page.assertAccessible();
        page.recordFirstAttendance();
        page.expectSuccess("La présence est enregistrée.");
        assertThat(page.progress()).contains("1 sur 1");
        page.expectText("Présence relevée : la séance est conservée.");
        page.expectText("Cette cohorte ne se supprime pas");
        page.assertAccessible();
        String cohortPath = page.path();
        page.editFirstSession();
        page.assertAccessible();
        page.saveSessionAt("Saint-Nazaire");
        page.expectSuccess("La séance collective est modifiée.");
        assertThat(page.sessions()).contains("Saint-Nazaire");

        switchTo("recruteur");
        var read = SupportProgrammePage.openPath(browser(), cohortPath);
        read.expectHeading("Fidéliser ses salariés — Groupe 1");
        assertThat(read.progress()).contains("1 sur 1");
        assertThat(read.sessions()).contains("Intégrer un nouveau salarié");
        read.assertAccessible();
    }
}
