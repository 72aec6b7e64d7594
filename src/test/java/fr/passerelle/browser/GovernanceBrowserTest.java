package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director runs a meeting in a real browser: body, members, meeting, attendance, minutes. */
class GovernanceBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;

    @Test
    void directorPlansAMeetingRecordsAttendanceAndMinutes() {
        var organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), organisation, new PersonDetails("Inès", "Membre", "Déléguée", "ines@example.fr", null));

        var bodies = logInAs("direction").openPartners().tabs().bodies();
        bodies.assertAccessible();

        bodies.createBody("TECHNICAL", "Comité de suivi numérique");
        bodies.expectSuccess("L'instance « Comité de suivi numérique » a été créée.");
        bodies.addFirstCandidateTo("Comité de suivi numérique");
        bodies.expectSuccess("Le membre a été ajouté.");

        var meeting = bodies.planMeeting("Comité de suivi numérique", "2026-11-17T09:30", "2026-11-17T11:00",
                "Salle du conseil", "Programme d'actions 2027", null);
        meeting.expectSuccess("est planifiée");
        meeting.assertAccessible();

        meeting.markFirstMemberPresent().saveAttendance();
        meeting.expectSuccess("L'émargement est enregistré.");
        assertThat(meeting.participation()).isEqualTo("100 %");

        meeting.recordMinutes("Le programme d'actions **2027** est adopté.");
        meeting.expectSuccess("Le compte rendu est enregistré.");
        assertThat(meeting.minutes()).isEqualTo("Le programme d'actions **2027** est adopté.");
        assertThat(meeting.minutesPreviewBold()).isEqualTo("2027");
        meeting.assertAccessible();

        // The minutes and attendance sheet export as a PDF.
        assertThat(meeting.downloadMinutesPdf()).isEqualTo("200 application/pdf %PDF-");

        var budget = meeting.backToBodies().tabs().budget().ofYear(2030);
        budget.openBudget();
        budget.expectSuccess("est ouvert");
        budget.addPlannedResource("REGION", "Subvention régionale", "-5");
        budget.expectLineError("Le montant ne peut être négatif.");
        assertThat(budget.lineLabel()).isEqualTo("Subvention régionale");
        budget.assertAccessible();
        budget.correctPlannedAmount("200 000");
        budget.expectSuccess("est ajoutée");
        assertThat(budget.plannedResources()).contains("200").contains("€");
        budget.assertAccessible();
    }
}
