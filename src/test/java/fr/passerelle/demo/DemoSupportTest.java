package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's HR support loads on Neopolia through the clusters' API: a past breakfast with its answers, a club, a diagnosis, a
 * programme in two cohorts of up to six companies. */
@PasserelleIntegrationTest
class DemoSupportTest {

    @Autowired
    DemoSupport demo;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void neopoliaGetsAHeldBreakfastWithItsAnswersAClubToComeAndADiagnosisWithItsPlan() {
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        ClusterCard neopolia = clusters.bySlug("neopolia").orElseGet(() -> clusters.register(TestActors.nationalAdmin(),
                directory.register(TestActors.nationalAdmin(), OrganisationDetails.of(OrganisationKind.CLUSTER, "Neopolia")).id(),
                ClusterFixtures.profile("52")));
        for (int i = 0; i < 7; i++) {
            ClusterFixtures.memberCompany(directory, clusters, neopolia.id(), "Adhérente de démonstration (fictive)", today.minusYears(2));
        }

        demo.load();

        UUID breakfast = jdbc.sql("select id from support_event where cluster_id = ? and kind = 'HR_BREAKFAST' order by created_at desc limit 1")
                .param(neopolia.id()).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from support_registration where event_id = ? and attended").param(breakfast).query(Long.class).single())
                .isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from support_registration where event_id = ? and satisfaction_score is not null").param(breakfast)
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from support_event where cluster_id = ? and kind = 'CLUB' and charter is not null and starts_at > ?")
                .params(neopolia.id(), java.time.LocalDateTime.now(clock.withZone(Times.current().zone()))).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from support_action a join support_diagnosis d on d.id = a.diagnosis_id where d.cluster_id = ?")
                .param(neopolia.id()).query(Long.class).single()).isGreaterThanOrEqualTo(3);

        UUID programme = jdbc.sql("select id from support_programme where cluster_id = ? order by created_at desc limit 1").param(neopolia.id())
                .query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from support_cohort where programme_id = ?").param(programme).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from support_cohort_company cc join support_cohort c on c.id = cc.cohort_id"
                        + " where c.programme_id = ? group by c.id order by 1 desc limit 1").param(programme).query(Long.class).single())
                .isBetween(1L, 6L);
        assertThat(jdbc.sql("select count(*) from support_cohort_session s join support_cohort c on c.id = s.cohort_id where c.programme_id = ?")
                .param(programme).query(Long.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("select count(*) from support_cohort_session s join support_cohort c on c.id = s.cohort_id"
                        + " where c.programme_id = ? and s.attendance_recorded").param(programme).query(Long.class).single()).isEqualTo(4);
    }
}
