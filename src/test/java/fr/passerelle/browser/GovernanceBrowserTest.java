package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operational director runs a meeting in a real browser: body, members, meeting, attendance, minutes; the budget
 * names the partners who contribute nothing; the strategic committee's page shows its expected seats.
 */
class GovernanceBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void directorPlansAMeetingRecordsAttendanceAndMinutes() {
        var organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), organisation, new PersonDetails("Inès", "Membre", "Déléguée", "ines@example.fr", null));

        var bodies = logInAs("direction").openPartners().tabs().bodies();
        bodies.assertAccessible();

        bodies.createBody("TECHNICAL", "Comité de suivi numérique");
        bodies.expectSuccess("L'instance « Comité de suivi numérique » a été créée.");
        // The meeting below is in the past: the member sits from before it.
        bodies.addFirstCandidateTo("Comité de suivi numérique", "2026-01-05");
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

    @Test
    void theBudgetNamesSilentPartnersAndTheStrategicCommitteeShowsItsSeats() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        var silent = directory.register(fr.passerelle.TestActors.nationalAdmin(), OrganisationDetails.of(OrganisationKind.LOCAL_AUTHORITY,
                "Communauté de communes muette " + suffix)).id();
        directory.addPartner(fr.passerelle.TestActors.nationalAdmin(), campus, silent, MembershipRole.PARTNER, null, null);
        directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), silent, new PersonDetails("Gaëlle", "Élue" + suffix, "Vice-présidente", null, null));

        // The demo budget of the year: the new partner contributes nothing, and the page says so.
        var budget = logInAs("direction").openPartners().tabs().budget().ofYear(Year.now(clock).getValue());
        assertThat(budget.silentPartnersAlert()).contains("sans contribution", "Les contributions doivent provenir de l’ensemble des acteurs",
                "Communauté de communes muette " + suffix);
        budget.assertAccessible();

        // The demo strategic committee: its expected seats, the vacant ones flagged.
        var body = budget.tabs().bodies().openBody("Comité d'orientation stratégique");
        body.assertAccessible();
        int vacant = body.vacantSeats().size();
        body.appointFirstCandidate(LocalDate.now(clock).minusDays(3), "REGION_PRESIDENT");
        body.expectSuccess("Le membre a été ajouté.");
        assertThat(body.vacantSeats()).doesNotContain("Président du conseil régional").hasSizeLessThanOrEqualTo(vacant);
        if (!body.vacantSeats().isEmpty()) {
            assertThat(body.missingSeatsAlert()).contains("siège(s) attendu(s) sans titulaire");
        }
        String chair = body.chairOptions().get(0);
        body.configure(chair, "3");
        body.expectSuccess("La présidence et la fréquence des réunions sont enregistrées.");
        assertThat(body.chair()).isEqualTo(chair);
        assertThat(body.meetingsPerYear()).isEqualTo("3 par an");
        body.assertAccessible();
    }
}
