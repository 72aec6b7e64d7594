package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A platform without SMTP server: the director plans, changes and cancels a meeting, reads in plain French that
 * Passerelle sends no e-mail, and gets what still works — the invitation as a .ics file and the members' addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
class MeetingsWithoutMailBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void directorPlansChangesAndCancelsAMeetingAndSendsTheInvitationHerself() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        var organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), organisation,
                new PersonDetails("Nadège", "Horsligne" + suffix, "Déléguée", "nadege." + suffix + "@example.fr", null));
        LocalDate day = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusMonths(1);
        String body = "Comité hors ligne " + suffix;

        var bodies = logInAs("direction").openPartners().tabs().bodies();
        bodies.createBody("TECHNICAL", body);
        bodies.expectSuccess("a été créée");
        bodies.addMemberTo(body, "Nadège Horsligne" + suffix);
        bodies.expectSuccess("Le membre a été ajouté.");

        var meeting = bodies.planMeeting(body, day + "T09:30", day + "T11:00", "Salle du conseil", "Programme d'actions", null);
        meeting.expectSuccess("est planifiée");

        // Plain French, no setting name; what still works is offered instead of the button that cannot.
        assertThat(meeting.noMailMessage()).contains("Passerelle n'envoie pas d'e-mails", "Téléchargez l'invitation (fichier .ics)");
        meeting.expectText("Pas d'envoi d'e-mails depuis Passerelle");
        assertThat(meeting.offersToSendInvitations()).isFalse();
        assertThat(meeting.invitationLink()).isEqualTo("Télécharger l’invitation pour les agendas (.ics)");
        assertThat(meeting.downloadInvitation()).startsWith("200 text/calendar").contains("METHOD:REQUEST", "SEQUENCE:0",
                "DTSTART;TZID=Europe/Paris:" + day.toString().replace("-", "") + "T093000", "mailto:nadege." + suffix + "@example.fr");
        assertThat(meeting.recipients()).contains("nadege." + suffix + "@example.fr");
        assertThat(meeting.copyRecipients()).containsAnyOf("Adresses copiées", "les adresses sont sélectionnées");
        // Attendance waits for the meeting's day.
        meeting.expectText("L'émargement s'ouvre le jour de la réunion.");
        meeting.assertAccessible();

        meeting.change(day.plusDays(1) + "T14:00", day.plusDays(1) + "T16:00", "Mairie, salle 2");
        meeting.expectSuccess("La réunion est modifiée.");
        meeting.expectSuccess("Les invitations n'avaient pas encore été envoyées");
        assertThat(meeting.when()).contains("14h00");
        assertThat(meeting.downloadInvitation()).contains("SEQUENCE:1", "LOCATION:Mairie\\, salle 2");
        meeting.assertAccessible();

        meeting.cancel("Quorum impossible à réunir");
        meeting.expectSuccess("La réunion est annulée.");
        meeting.expectText("Motif : Quorum impossible à réunir");
        assertThat(meeting.offersToChange()).isFalse();
        assertThat(meeting.invitationLink()).isEqualTo("Télécharger l’annulation pour les agendas (.ics)");
        assertThat(meeting.downloadInvitation()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2");
        assertThat(meeting.noMailMessage()).doesNotContain("spring.mail");
        meeting.assertAccessible();
    }
}
