package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AnyPage;
import fr.passerelle.browser.pages.DeploymentPlanPage;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordination of Hauts-de-France adds a project to the région's deployment plan and a support letter to its
 * calendar, and sees the project on the map and in the table beside it; the coordination of another région is refused.
 */
class DeploymentPlanBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void coordinatorAddsAProjectAndAMilestoneAndSeesItOnTheMapWhileAnotherRegionIsRefused() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        logInAs("coordination");
        var plan = DeploymentPlanPage.open(browser(), "32", year);
        plan.expectHeading("Plan de déploiement " + year + " — Hauts-de-France");
        plan.assertAccessible();

        var form = plan.newProject();
        form.describe("Campus de l’économie de la mer du Boulonnais", "TOURISM", "09", "69123", year + 1).save();
        form.expectFieldError("municipalityCode", "n’est pas dans la région");
        assertThat(form.valueOf("name")).isEqualTo("Campus de l’économie de la mer du Boulonnais");
        form.assertAccessible();
        form.commune("62160").save();
        var project = form.saved();
        project.expectSuccess("est ajouté au plan");
        assertThat(project.town()).startsWith("Boulogne-sur-Mer");
        project.assertAccessible();

        var milestone = project.newMilestone();
        milestone.plan("SUPPORT_LETTER", today.plusDays(20)).save();
        milestone.expectFieldError("signatory", "qui signe");
        milestone.assertAccessible();
        milestone.signedBy("Président de la Communauté d’agglomération du Boulonnais").save();
        project = milestone.saved();
        project.expectSuccess("Le jalon est ajouté");
        assertThat(project.milestones()).singleElement().satisfies(row -> assertThat(row)
                .contains("Lettre d’accompagnement").containsIgnoringCase("Prévu").contains("Président de la Communauté d’agglomération du Boulonnais"));
        project.assertAccessible();

        plan = project.backToPlan();
        assertThat(plan.projectsInTable()).contains("Campus de l’économie de la mer du Boulonnais");
        assertThat(plan.rowOf("Campus de l’économie de la mer du Boulonnais")).contains("Boulogne-sur-Mer").contains("0 sur 1");
        assertThat(plan.markersOnMap()).anyMatch(label -> label.startsWith("Campus de l’économie de la mer du Boulonnais")
                && label.contains("Boulogne-sur-Mer"));
        plan.assertAccessible();

        String other = "coordination-ara-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(other, other + "@demo.passerelle.test", "Coordination Auvergne-Rhône-Alpes", "demo", Role.REGIONAL_COORDINATOR,
                "84", null, null, null, null));
        switchTo(other);
        assertThat(browser().statusOf(DeploymentPlanPage.path("32", year))).isEqualTo(403);
        var refused = AnyPage.open(browser(), DeploymentPlanPage.path("32", year));
        refused.expectHeading("Accès refusé");
        refused.assertAccessible();
        var own = DeploymentPlanPage.open(browser(), "84", year);
        own.expectHeading("Plan de déploiement " + year + " — Auvergne-Rhône-Alpes");
        assertThat(own.projectsInTable()).doesNotContain("Campus de l’économie de la mer du Boulonnais");
    }
}
