package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.SurveyResults;
import fr.passerelle.directory.Directory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo barometer gives two periods, the closed one citable with one trade shown and the other masked. */
@PasserelleIntegrationTest
class DemoSurveysTest {

    @Autowired
    DemoSurveys demo;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    SurveyResults results;
    @Autowired
    Clock clock;

    @Test
    void theDemoBarometerShowsOneTradeAndMasksTheOtherInItsClosedPeriod() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock.withZone(fr.passerelle.platform.Times.current().zone()));
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "94", "Pôle démo " + key, Sector.DIGITAL);
        for (int i = 0; i < 6; i++) {
            ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Entreprise démo " + key + " " + i + " (fictive)", today.minusYears(2));
        }

        demo.barometer(cluster);

        List<SurveyResults.Quotation> quoted = results.quotableResults("94", List.of()).stream()
                .filter(q -> q.clusterName().contains(key)).toList();
        assertThat(quoted).singleElement().satisfies(q -> {
            assertThat(q.text()).contains("Développeur / Développeuse web").doesNotContain("maintenance industrielle");
            assertThat(q.text()).as("the ROME skill every demo company seeks, counted").contains("Développer une application en lien avec une base de données (");
        });
    }
}
