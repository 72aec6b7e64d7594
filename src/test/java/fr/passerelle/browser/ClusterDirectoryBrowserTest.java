package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ClusterDirectoryPage;
import fr.passerelle.browser.pages.ClusterMembersPage;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor searches the public directory of clusters by words and by région, sees the seats on the map and opens
 * Neopolia's page with its business clusters and its named members; Neopolia's staff add a member in a business
 * cluster. axe-core on every page.
 */
class ClusterDirectoryBrowserTest extends BrowserTest {

    @Autowired
    Clusters clusters;
    @Autowired
    Clock clock;

    @Test
    void aVisitorFindsAClusterByWordsAndRegionAndOpensItsPage() {
        var directory = ClusterDirectoryPage.open(browser());
        assertThat(directory.markers()).isGreaterThanOrEqualTo(6);
        directory.assertAccessible();

        directory.search("naval").expectResult("Bretagne Pôle Naval");
        assertThat(directory.resultTitles()).contains("Bretagne Pôle Naval").doesNotContain("Neopolia");
        assertThat(browser().currentUrl()).contains("q=naval");

        var all = ClusterDirectoryPage.open(browser());
        all.filterByRegion("52").expectResult("Neopolia");
        assertThat(all.resultTitles()).contains("Neopolia").doesNotContain("Bretagne Pôle Naval");
        all.assertAccessible();

        var neopolia = all.openCluster("Neopolia");
        assertThat(neopolia.heading()).isEqualTo("Neopolia");
        assertThat(neopolia.text()).contains("Aerospace", "Oil & Gas", "EMR", "Grappe d'entreprises");
        assertThat(neopolia.members()).contains("Ateliers de l'Estuaire (fictive)").doesNotContain("Tuyauterie du Sillon (fictive)")
                .doesNotContain("Hydraulique Océane (fictive)");
        neopolia.assertAccessible();
    }

    @Test
    void theMapOfSeatsFollowsTheFilteredResults() {
        var directory = ClusterDirectoryPage.open(browser());
        int everySeat = directory.markers();

        directory.filterByRegion("52").expectResult("Neopolia");
        List<String> seats = directory.markerTitlesOnceThey(titles -> titles.size() < everySeat);
        assertThat(seats).anyMatch(title -> title.startsWith("Neopolia")).noneMatch(title -> title.startsWith("Bretagne Pôle Naval"));

        directory.filterByRegion("53").expectResult("Bretagne Pôle Naval");
        assertThat(directory.markerTitlesOnceThey(titles -> titles.stream().noneMatch(title -> title.startsWith("Neopolia"))))
                .anyMatch(title -> title.startsWith("Bretagne Pôle Naval"));
        directory.assertAccessible();
    }

    @Test
    void theClustersStaffAddAMemberInABusinessCluster() {
        ClusterCard neopolia = clusters.bySlug("neopolia").orElseThrow();
        logInAs("cluster");
        var members = ClusterMembersPage.open(browser(), neopolia.id());
        members.assertAccessible();

        members.addMember("Tôlerie Bressane", "Tôlerie Bressane (fictive)", "Rail", LocalDate.now(clock).minusMonths(1));
        members.expectSuccess("« Tôlerie Bressane (fictive) » est ajouté aux membres.");
        assertThat(members.members()).contains("Tôlerie Bressane (fictive)", "Rail");
        members.assertAccessible();
    }
}
