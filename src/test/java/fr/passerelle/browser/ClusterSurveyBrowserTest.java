package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.browser.pages.ClusterSurveyAnswerPage;
import fr.passerelle.browser.pages.ClusterSurveysPage;
import fr.passerelle.browser.pages.LoginPage;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.SurveyCampaigns;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member company's recruiter answers its cluster's barometer and changes the answer; the cluster's staff see the results. */
class ClusterSurveyBrowserTest extends BrowserTest {

    static final int WELDER = 404475;
    static final int ARC_WELDING = 486137;
    static final String ARC_WELDING_LABEL = "Utiliser des techniques de soudage à l'arc sous protection gazeuse avec électrode fusible";
    static final int COOK = 13861;
    static final String PASSWORD = "Enquete-Passerelle-2026!";

    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    SurveyCampaigns surveys;
    @Autowired
    Clock clock;

    @Test
    void aMemberCompanyAnswersTheBarometerChangesItsAnswerAndTheStaffSeeTheResults() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock.withZone(fr.passerelle.platform.Times.current().zone()));
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Grappe navale " + key, Sector.MOBILITY);
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chantier " + key, today.minusYears(1));
        accounts.open(new NewAccount("recrute-" + key, "recrute-" + key + "@example.fr", "Recrutement " + key, PASSWORD, Role.COMPANY_RECRUITER,
                null, null, null, company, Set.of()));
        accounts.open(new NewAccount("grappe-" + key, "grappe-" + key + "@example.fr", "Animation " + key, PASSWORD, Role.CLUSTER_STAFF,
                null, null, null, cluster.id(), Set.of()));
        String title = "Baromètre des métiers " + key;
        UUID campaign = surveys.open(TestActors.clusterStaffOf(cluster.id()), cluster.id(),
                new SurveyCampaigns.NewCampaign("BAROMETER", title, today, today.plusDays(14), 1, List.of(WELDER, COOK)));

        LoginPage.open(browser()).logIn("recrute-" + key, PASSWORD);
        var answer = ClusterSurveyAnswerPage.fromLanding(browser(), title);
        answer.assertAccessible();
        answer.trade("Soudeur", 3, 3, 2, 4).pickSkill("Soudeur", "électrode fusible", ARC_WELDING_LABEL, ARC_WELDING);
        answer.assertAccessible();
        answer.save();
        answer.expectSuccess("La réponse de votre entreprise est enregistrée");
        assertThat(answer.chosenSkills("Soudeur")).containsExactly(ARC_WELDING_LABEL);
        answer.assertAccessible();

        answer.trade("Soudeur", 3, 4, 5, 4).save();
        answer.expectSuccess("La réponse de votre entreprise est enregistrée");
        assertThat(answer.unfilled("Soudeur")).isEqualTo("5");
        assertThat(answer.chosenSkills("Soudeur")).as("the skills chosen stay until unticked").containsExactly(ARC_WELDING_LABEL);
        assertThat(answer.history()).contains("Réponse à « " + title + " » modifiée");

        switchTo(null);
        LoginPage.open(browser()).logIn("grappe-" + key, PASSWORD);
        var list = ClusterSurveysPage.open(browser(), cluster.id());
        assertThat(list.responseRate(campaign)).isEqualTo("1 / 1 (100 %)");
        list.assertAccessible();
        var results = list.results("Baromètre trimestriel des emplois");
        assertThat(results.trade(WELDER)).contains("100 %").contains(ARC_WELDING_LABEL + " (1)");
        assertThat(results.trade(COOK)).contains("Masqué : moins de 1 réponse");
        results.assertAccessible();

        var campaignPage = ClusterSurveysPage.openCampaign(browser(), cluster.id(), campaign);
        assertThat(campaignPage.panel()).contains("Chantier " + key).contains("Répondu");
        campaignPage.assertAccessible();
    }
}
