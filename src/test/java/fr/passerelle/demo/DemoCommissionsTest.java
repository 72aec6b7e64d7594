package fr.passerelle.demo;

import static fr.passerelle.TestActors.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.governance.ClusterCommissions;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.identity.Accounts;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo commissions of Neopolia: two commissions, each with a past meeting whose attendance is taken and one to come. */
@PasserelleIntegrationTest
class DemoCommissionsTest {

    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    ClusterCommissions commissions;
    @Autowired
    CoPiloting coPiloting;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void neopoliaGetsAnEmploymentAndATrainingCommissionWithAPastMeetingAttendedAndOneToCome() {
        ClusterCard neopolia = clusters.bySlug(DemoCommissions.SLUG).orElseGet(() -> clusters.register(nationalAdmin(),
                directory.register(nationalAdmin(), OrganisationDetails.of(OrganisationKind.CLUSTER, "Neopolia")).id(),
                ClusterFixtures.profile("52")));
        assertThat(neopolia.slug()).isEqualTo(DemoCommissions.SLUG);

        new DemoCommissions(clusters, directory, commissions, coPiloting, accounts, clock).load();

        var summary = commissions.summary(nationalAdmin(), neopolia.id()).orElseThrow();
        assertThat(summary.commissions()).isEqualTo(2);
        assertThat(summary.nextMeeting()).isNotNull();
        assertThat(jdbc.sql("""
                        select count(*) from indicator_source_meeting m join meeting x on x.id = m.meeting_id
                          join governing_body b on b.id = x.body_id
                         where b.cluster_id = ? and m.recorded and m.present > 0""")
                .param(neopolia.id()).query(Long.class).single()).isEqualTo(2);
        // The demo recruiter sits on the employment commission and reads it.
        assertThat(commissions.summary(accounts.byUsername("recruteur").orElseThrow(), neopolia.id()).orElseThrow().commissions()).isEqualTo(1);
    }
}
