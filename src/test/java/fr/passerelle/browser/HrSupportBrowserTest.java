package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.browser.pages.HrSupportCalendarPage;
import fr.passerelle.browser.pages.HrSupportEventPage;
import fr.passerelle.browser.pages.LoginPage;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrSupport;
import fr.passerelle.clusters.SupportEventDetails;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the demo recruiter, whose company joins a cluster, finds the cluster's monthly club on their
 * landing page and in its HR support calendar and registers to it, refused until they accept the club's charter; the cluster's staff then record
 * who came to a workshop held this morning. Every page is checked with axe-core.
 */
class HrSupportBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    HrSupport support;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aMembersRecruiterRegistersAcceptingTheCharterAndTheStaffRecordAttendance() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.current().zone())).withSecond(0).withNano(0);
        Actor recruiter = accounts.byUsername("recruteur").orElseThrow();
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster de l’essai navigateur");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), recruiter.organisationId(), null, now.toLocalDate().minusYears(1), null, true);
        String staffName = "rh-equipe-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(staffName, staffName + "@exemple.fr", "Équipe RH du cluster", LoginPage.DEMO_PASSWORD, Role.CLUSTER_STAFF,
                null, null, null, cluster.id()));
        Actor staff = TestActors.clusterStaffOf(cluster.id());

        LocalDateTime clubStart = now.plusDays(3).withHour(17).withMinute(30);
        UUID club = support.planEvent(staff, cluster.id(), new SupportEventDetails(SupportEventKind.CLUB, "Club des managers de proximité",
                "Gestion des priorités", null, clubStart, clubStart.plusHours(2), "Saint-Nazaire", false, 12,
                "Venir régulièrement et partager ses pratiques.", "Ce qui se dit au club reste au club.", "L’animatrice du club", List.of()));
        LocalDateTime workshopStart = now.minusHours(3);
        UUID workshop = support.planEvent(staff, cluster.id(), new SupportEventDetails(SupportEventKind.WORKSHOP, "Atelier fiche de poste",
                null, null, workshopStart, workshopStart.plusHours(2), "Nantes", false, 10, null, null, null, List.of()));
        UUID[] registrations = new UUID[2];
        Replay.at(Clock.offset(clock, Duration.ofDays(-2)), () -> {
            registrations[0] = support.register(staff, workshop, recruiter.organisationId(), "Alex Présent", "alex.present@exemple.fr", false);
            registrations[1] = support.register(staff, workshop, recruiter.organisationId(), "Sam Absent", "sam.absent@exemple.fr", false);
            return null;
        });

        var home = logInAs("recruteur");
        home.expectText("Club des managers de proximité");
        home.assertAccessible();
        var calendar = HrSupportCalendarPage.open(browser(), cluster.id(), YearMonth.from(clubStart));
        calendar.expectListed("Club des managers de proximité");
        calendar.assertAccessible();
        var event = calendar.openEvent("Club des managers de proximité");
        event.expectHeading("Club des managers de proximité");
        assertThat(event.charter()).contains("Ce qui se dit au club reste au club.");
        event.assertAccessible();
        event.register();
        event.expectFieldError("charterAccepted", "Acceptez la charte");
        event.assertAccessible();
        event.acceptCharter().register();
        event.expectSuccess("est inscrit·e");
        assertThat(event.participants()).contains(recruiter.email());
        event.assertAccessible();
        assertThat(jdbc.sql("select count(*) from support_registration where event_id = ? and charter_accepted_at is not null and account_id = ?")
                .params(club, recruiter.accountId()).query(Long.class).single()).isEqualTo(1);

        switchTo(staffName);
        var attendance = HrSupportEventPage.open(browser(), cluster.id(), workshop);
        attendance.expectHeading("Atelier fiche de poste");
        attendance.assertAccessible();
        attendance.markAbsent(registrations[1]).recordAttendance();
        attendance.expectSuccess("La présence est enregistrée.");
        assertThat(attendance.isMarkedPresent(registrations[0])).isTrue();
        assertThat(attendance.isMarkedPresent(registrations[1])).isFalse();
        attendance.assertAccessible();
        assertThat(jdbc.sql("select full_name || ':' || attended from support_registration where event_id = ? order by full_name")
                .param(workshop).query(String.class).list()).containsExactly("Alex Présent:true", "Sam Absent:false");
    }
}
