package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.browser.pages.ClusterCommissionsPage;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff of a cluster constitute its employment commission, appoint a person of a member company, plan a meeting
 * and record its attendance and minutes, in a real browser and with axe-core on each page; the staff of another cluster
 * are refused the commission and its meeting.
 */
class ClusterCommissionBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Clusters clusters;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    String staffOf(UUID cluster) {
        String username = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, username + "@example.fr", "Équipe du cluster", "demo", Role.CLUSTER_STAFF, null, null, null, cluster));
        return username;
    }

    @Test
    void theClusterStaffPlanAMeetingOfTheirEmploymentCommissionAndRecordItsAttendance() {
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster naval");
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chaudronnerie", today.minusYears(1));
        String hr = "Recrutement" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        directory.addPerson(TestActors.nationalAdmin(), company, new PersonDetails("Sandrine", hr, "Responsable des ressources humaines", null, null));

        logInAs(staffOf(cluster.id()));
        var list = ClusterCommissionsPage.open(browser(), "/gestion/clusters/" + cluster.id() + "/commissions");
        list.assertAccessible();
        var commission = list.constitute("EMPLOYMENT_COMMISSION", "Commission emploi " + hr, "4");
        commission.expectSuccess("est constituée");
        commission.assertAccessible();
        String commissionPath = browser().currentPath();

        commission.appointFirstFound(hr);
        commission.expectSuccess("Le membre a été ajouté.");
        assertThat(commission.members()).contains("Sandrine " + hr);

        // The commission meets today, so that attendance is open.
        var meeting = commission.planMeeting(today + "T00:01", today + "T23:59", "Technocampus, Bouguenais", "Besoins de recrutement des membres");
        meeting.expectSuccess("est planifiée");
        meeting.assertAccessible();
        meeting.markEveryMemberPresent();
        meeting.expectSuccess("L'émargement est enregistré.");
        assertThat(meeting.participation()).isEqualTo("100 %");
        meeting.recordMinutes("Quarante postes ouverts chez les membres.", "Un job dating est organisé.");
        meeting.expectSuccess("Le compte rendu est enregistré.");
        meeting.assertAccessible();
        String meetingPath = browser().currentPath();

        // The staff of another cluster are refused the commission and its meeting.
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "52", "Autre cluster");
        switchTo(staffOf(other.id()));
        assertThat(browser().statusOf(commissionPath)).isEqualTo(403);
        assertThat(browser().statusOf(meetingPath)).isEqualTo(403);
        assertThat(browser().statusOf("/gestion/clusters/" + other.id() + "/commissions")).isEqualTo(200);
    }
}
