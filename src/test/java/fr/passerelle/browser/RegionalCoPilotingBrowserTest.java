package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.browser.pages.RegionalBodyPage;
import fr.passerelle.browser.pages.RegionalCoPilotingPage;
import fr.passerelle.browser.pages.SharedSpacePage;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regional coordinator constitutes the regional strategic committee, appoints the rector, plans a meeting and
 * records its attendance and decisions, changes and cancels another, in a real browser and with axe-core on each page; the operational director of
 * a campus of another région is refused the committee, its meeting and the région's shared space.
 */
class RegionalCoPilotingBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Clock clock;

    @Test
    void theCoordinatorPlansARegionalCommitteeMeetingAndRecordsAttendanceADirectorOfAnotherRegionIsRefused() {
        String rector = "Recteur" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        var organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        directory.addPerson(TestActors.nationalAdmin(), organisation, new PersonDetails("Hortense", rector, "Rectrice de région académique", null, null));

        var landing = logInAs("coordination");
        var region = RegionalCoPilotingPage.fromLanding(landing, browser());
        region.assertAccessible();
        var committee = region.constitute("REGIONAL_STRATEGIC_COMMITTEE", "Comité stratégique régional " + rector);
        committee.expectSuccess("est constituée");
        committee.assertAccessible();
        String committeePath = browser().currentPath();

        committee.appointFirstFound(rector, "RECTOR");
        committee.expectSuccess("Le membre a été ajouté.");
        assertThat(committee.members()).contains("Hortense " + rector).contains("Recteur·rice");

        // The committee meets today, so that attendance is open.
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        var meeting = committee.planMeeting(today + "T00:01", today + "T23:59", "Rectorat de région académique, Lille",
                "Revue annuelle des campus de la région");
        meeting.expectSuccess("est planifiée");
        meeting.assertAccessible();
        meeting.markEveryMemberPresent();
        meeting.expectSuccess("L'émargement est enregistré.");
        assertThat(meeting.participation()).isEqualTo("100 %");
        meeting.recordMinutes("Revue des campus de la région.", "Les indicateurs sont validés.");
        meeting.expectSuccess("Le compte rendu est enregistré.");
        meeting.assertAccessible();
        String meetingPath = browser().currentPath();

        // A meeting planned for next month is changed, then cancelled after confirming.
        var next = RegionalBodyPage.open(browser(), committeePath).planMeeting(today.plusMonths(1) + "T09:30", today.plusMonths(1) + "T12:00",
                "Conseil régional, Lille", "Préparation du comité");
        next.openChange().assertAccessible();
        next.changePlace("Rectorat, Amiens");
        next.expectSuccess("La réunion est modifiée");
        next.openCancellation().assertAccessible();
        next.confirmCancellation("Report à l'automne");
        next.expectSuccess("La réunion est annulée.");
        String regionPath = meetingPath.replaceAll("/reunions/.*", "");

        // The région's shared space lists the signed documents of its campuses and of its bodies.
        var shared = SharedSpacePage.open(browser(), regionPath + "/espace-partage");
        shared.assertAccessible();
        assertThat(shared.count()).endsWith("document(s)");

        // A director of a campus of another région is refused the committee's région.
        CampusCard elsewhere = registry.all().stream().filter(c -> !c.regionCode().equals("32")).findFirst().orElseThrow();
        String username = "direction-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, username + "@example.fr", "Direction d'un autre campus", "demo", Role.OPERATIONAL_DIRECTOR,
                null, null, elsewhere.id(), null, Set.of()));
        switchTo(username);
        assertThat(browser().statusOf(meetingPath)).isEqualTo(403);
        assertThat(browser().statusOf(regionPath)).isEqualTo(403);
        assertThat(browser().statusOf(regionPath + "/espace-partage")).isEqualTo(403);
        assertThat(browser().statusOf("/gestion/regions/" + elsewhere.regionCode())).isEqualTo(200);
    }
}
