package fr.passerelle.clusters.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** « Enquêtes et baromètre » on a cluster's page, and the landing panel of a member's people. */
@PasserelleIntegrationTest
class SurveySectionTest {

    @Autowired
    SurveySection section;
    @Autowired
    SurveyLandingPanel landing;
    @Autowired
    SurveyService service;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;

    @Test
    void theStaffSeeOpenCampaignsWithTheirResponseRateMembersWhatWaitsAndOthersNothing() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = service.today();
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "75", "Cluster tourisme " + key, Sector.TOURISM);
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Hôtel " + key, today.minusYears(1));
        UUID camping = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Camping " + key, today.minusYears(1));
        UUID stranger = ClusterFixtures.company(directory, "Ailleurs " + key);
        Actor staff = TestActors.clusterStaffOf(cluster.id());
        SurveyCampaign campaign = service.open(staff, cluster.id(), new SurveyCampaign.Settings(SurveyKind.HR_SURVEY, "Enquête RH " + key, today,
                today.plusDays(20), 5, 7), true, List.of());
        service.addTrade(staff, cluster.id(), campaign.id(), SurveyFixtures.COOK);
        service.answer(TestActors.recruiterOf(member), cluster.id(), campaign.id(), null, new SurveyAnswer.Content(null, null, null, 2, 4,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.COOK, 1, 2, 0, 1, List.of()))));

        var forStaff = section.section(staff, cluster, clusters.access(staff, cluster.id())).orElseThrow();
        assertThat(forStaff.path()).isEqualTo("/gestion/clusters/" + cluster.id() + "/enquetes");
        assertThat(forStaff.summary()).contains("Enquête RH " + key + " — 50 % de réponses");

        Actor hotel = TestActors.recruiterOf(member);
        assertThat(section.section(hotel, cluster, clusters.access(hotel, cluster.id())).orElseThrow().summary())
                .isEqualTo("Aucune enquête n’attend votre réponse");
        assertThat(landing.panel(hotel)).isEmpty();

        Actor campingPerson = TestActors.recruiterOf(camping);
        assertThat(section.section(campingPerson, cluster, clusters.access(campingPerson, cluster.id())).orElseThrow().summary())
                .isEqualTo("1 enquête(s) attendent votre réponse");
        var panel = (SurveyLandingPanel.Data) landing.panel(campingPerson).orElseThrow().data();
        assertThat(panel.items()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Enquête RH " + key);
            assertThat(i.path()).isEqualTo(SurveyService.answerPath(cluster.id(), campaign.id()));
        });

        Actor outsider = TestActors.recruiterOf(stranger);
        assertThat(section.section(outsider, cluster, clusters.access(outsider, cluster.id()))).isEmpty();
        assertThat(landing.panel(outsider)).isEmpty();
    }
}
