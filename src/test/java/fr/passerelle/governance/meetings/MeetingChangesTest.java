package fr.passerelle.governance.meetings;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.governance.GovernanceFixtures.director;
import static fr.passerelle.governance.GovernanceFixtures.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestMails;
import fr.passerelle.TestSmtp;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A planned meeting is changed and cancelled by those who run the campus, on the version they opened, the members
 * already invited told by e-mail with the updated or cancelling invitation; attendance waits for the meeting's day.
 */
@PasserelleIntegrationTest
class MeetingChangesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    Governance governance;
    @Autowired
    AuditTrail audit;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Clock clock;

    record Fixture(UUID campus, UUID body, Contact alice, Contact bruno, UUID meeting, String path, LocalDateTime start) {
    }

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    /** A body of the director's campus with a member who has an address and one who has not, and a meeting next month. */
    Fixture planned() {
        UUID campus = campus();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        UUID body = governance.constitute(director(campus), campus, BodyKind.STEERING, "COPIL " + suffix);
        Contact alice = directory.addPerson(nationalAdmin(), organisation, new PersonDetails("Alice", "Invitée-" + suffix, null,
                "alice." + suffix + "@example.fr", null));
        Contact bruno = directory.addPerson(nationalAdmin(), organisation, new PersonDetails("Bruno", "Sansmail-" + suffix, null, null, null));
        governance.appoint(director(campus), campus, body, alice.id());
        governance.appoint(director(campus), campus, body, bruno.id());
        LocalDateTime start = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusMonths(1).atTime(14, 0);
        UUID meeting = governance.plan(director(campus), campus, body, new MeetingDetails(start, start.plusHours(2), "Lycée support",
                null, "Bilan de l'année", Visibility.BODY));
        return new Fixture(campus, body, alice, bruno, meeting, "/gestion/campus/" + campus + "/reunions/" + meeting, start);
    }

    long version(Fixture f) {
        return governance.meeting(director(f.campus()), f.campus(), f.meeting()).version();
    }

    @Test
    void aChangeReachesTheInvitedMembersWithTheUpdatedInvitationAndIsAudited() throws Exception {
        Fixture f = planned();
        mvc.perform(post(f.path() + "/invitations").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "1 invitation(s) envoyée(s) : " + f.alice().fullName() + "."));
        LocalDateTime later = f.start().plusDays(7);

        mvc.perform(get(f.path() + "/modifier").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + TYPED.format(f.start()) + "\"")))
                .andExpect(content().string(containsString("Les membres déjà invités recevront l'invitation mise à jour.")));
        mvc.perform(post(f.path() + "/modifier").param("version", Long.toString(version(f))).param("startsAt", TYPED.format(later))
                        .param("endsAt", TYPED.format(later.plusHours(2))).param("place", "Mairie, salle des fêtes").param("agenda", "Bilan de l'année")
                        .param("visibility", "BODY").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "La réunion est modifiée. Les membres invités ont reçu l'invitation mise à jour par e-mail : "
                        + f.alice().fullName() + "."))
                .andExpect(flash().attribute("error", "Non prévenu·es : " + f.bruno().fullName() + " (pas d'adresse e-mail)."));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage update = received[1];
        assertThat(update.getAllRecipients()[0].toString()).isEqualTo(f.alice().email());
        assertThat(update.getSubject()).startsWith("Réunion modifiée : COPIL");
        assertThat(TestMails.text(update)).contains("Mairie, salle des fêtes", "a changé");
        String first = TestMails.attachments(received[0]).get(0).text();
        TestMails.File ics = TestMails.attachments(update).get(0);
        assertThat(ics.contentType()).contains("method=REQUEST");
        assertThat(first).contains("SEQUENCE:0", "UID:" + f.meeting() + "@passerelle");
        assertThat(ics.text()).contains("METHOD:REQUEST", "SEQUENCE:1", "UID:" + f.meeting() + "@passerelle",
                "DTSTART;TZID=Europe/Paris:" + TYPED.format(later).replace("-", "").replace(":", "") + "00", "LOCATION:Mairie\\, salle des fêtes");
        assertThat(audit.history("campus", f.campus())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("REUNION_MODIFIEE");
            assertThat(entry.changes()).extracting(AuditTrail.Change::field).contains("Date", "Lieu");
        });
    }

    @Test
    void aStaleFormIsRefusedKeepsWhatWasTypedAndChangesNothing() throws Exception {
        Fixture f = planned();
        long opened = version(f);
        governance.reschedule(director(f.campus()), f.campus(), f.meeting(), opened, new MeetingDetails(f.start(), f.start().plusHours(3),
                "Lycée support", null, "Bilan de l'année", Visibility.BODY));

        mvc.perform(post(f.path() + "/modifier").param("version", Long.toString(opened)).param("startsAt", TYPED.format(f.start()))
                        .param("endsAt", TYPED.format(f.start().plusHours(1))).param("place", "Salle périmée").param("visibility", "BODY")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("value=\"Salle périmée\"")));
        mvc.perform(post(f.path() + "/annulation").param("version", Long.toString(opened)).param("reason", "Motif périmé")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("Motif périmé")));

        var meeting = governance.meeting(director(f.campus()), f.campus(), f.meeting());
        assertThat(meeting.place()).isEqualTo("Lycée support");
        assertThat(meeting.endsAt()).isEqualTo(f.start().plusHours(3));
        assertThat(meeting.cancelled()).isFalse();
    }

    @Test
    void aCancellationReachesTheInvitedMembersAndEndsTheMeetingsLife() throws Exception {
        Fixture f = planned();
        mvc.perform(post(f.path() + "/invitations").with(as(users, "direction")).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(f.path() + "/annulation").with(as(users, "direction")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Confirmer l'annulation")));
        mvc.perform(post(f.path() + "/annulation").param("version", Long.toString(version(f))).param("reason", "Quorum impossible à réunir")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La réunion est annulée. Les membres invités ont reçu l'annulation par e-mail : "
                        + f.alice().fullName() + "."));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getSubject()).startsWith("Réunion annulée : COPIL");
        assertThat(TestMails.text(received[1])).contains("est annulée", "Motif : Quorum impossible à réunir");
        TestMails.File ics = TestMails.attachments(received[1]).get(0);
        assertThat(ics.contentType()).contains("method=CANCEL");
        assertThat(ics.text()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1", "UID:" + f.meeting() + "@passerelle");
        assertThat(audit.history("campus", f.campus())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("REUNION_ANNULEE");
            assertThat(entry.changes()).extracting(AuditTrail.Change::after).contains("annulée", "Quorum impossible à réunir");
        });

        // The page says so and offers the cancellation for calendars; the meeting changes no more.
        mvc.perform(get(f.path()).with(as(users, "direction")))
                .andExpect(content().string(containsString("Réunion annulée")))
                .andExpect(content().string(containsString("Motif : Quorum impossible à réunir")))
                .andExpect(content().string(not(containsString("id=\"change-meeting\""))))
                .andExpect(content().string(not(containsString("id=\"send-invitations\""))));
        mvc.perform(get(f.path() + "/invitation.ics").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(containsString("METHOD:CANCEL")));
        mvc.perform(post(f.path() + "/modifier").param("version", Long.toString(version(f))).param("startsAt", TYPED.format(f.start()))
                        .param("endsAt", TYPED.format(f.start().plusHours(1))).param("place", "Ailleurs").param("visibility", "BODY")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette réunion est annulée : elle ne peut plus être modifiée.")));
        mvc.perform(post(f.path() + "/invitations").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", "Cette réunion est annulée : on n'y invite plus."));
        mvc.perform(post(f.path() + "/satisfaction").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", "Cette réunion est annulée : il n'y a pas de questionnaire de satisfaction."));
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void membersNeverInvitedAreNotToldOfAChange() throws Exception {
        Fixture f = planned();
        mvc.perform(post(f.path() + "/annulation").param("version", Long.toString(version(f))).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La réunion est annulée. Les invitations n'avaient pas encore été envoyées : personne n'a été prévenu."));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void attendanceWaitsForTheMeetingsDayAndThePageDoesNotOfferItBefore() throws Exception {
        Fixture f = planned();
        mvc.perform(post(f.path() + "/emargement").param("version", Long.toString(version(f))).param("presence-" + f.alice().id(), "PRESENT")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("L'émargement s'ouvre le jour de la réunion, le ")));
        assertThat(governance.meeting(director(f.campus()), f.campus(), f.meeting()).attendance()).isEmpty();
        mvc.perform(get(f.path()).with(as(users, "direction")))
                .andExpect(content().string(containsString("L'émargement s'ouvre le jour de la réunion.")))
                .andExpect(content().string(not(containsString("id=\"attendance-form\""))))
                .andExpect(content().string(containsString("id=\"change-meeting\"")));
    }

    @Test
    void aDirectorOfAnotherCampusAndAPartnerNeitherChangeNorCancelNorDownload() throws Exception {
        Fixture f = planned();
        UUID otherCampus = registry.all().stream().map(c -> c.id()).filter(id -> !id.equals(f.campus())).findFirst().orElseThrow();
        UUID otherBody = governance.constitute(nationalAdmin(), otherCampus, BodyKind.TECHNICAL, "Comité technique " + UUID.randomUUID());
        UUID otherMeeting = governance.plan(nationalAdmin(), otherCampus, otherBody, new MeetingDetails(f.start(), f.start().plusHours(1),
                "Ailleurs", null, null, Visibility.PARTNERS));
        String other = "/gestion/campus/" + otherCampus + "/reunions/" + otherMeeting;

        // The director of the first campus, on a meeting of another campus.
        for (String path : new String[] {other + "/modifier", other + "/annulation", other + "/invitation.ics"}) {
            mvc.perform(get(path).with(as(users, "direction"))).andExpect(status().isForbidden());
        }
        mvc.perform(post(other + "/modifier").param("version", "0").param("startsAt", TYPED.format(f.start()))
                        .param("endsAt", TYPED.format(f.start().plusHours(1))).param("place", "Ici").param("visibility", "BODY")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(other + "/annulation").param("version", "0").with(as(users, "direction")).with(csrf())).andExpect(status().isForbidden());
        assertThatThrownBy(() -> governance.cancel(fr.passerelle.TestActors.directorOf(otherCampus), f.campus(), f.meeting(), version(f), null))
                .isInstanceOf(AccessDeniedException.class);

        // A partner of the campus reads its life but does not run it.
        for (String path : new String[] {f.path() + "/modifier", f.path() + "/annulation", f.path() + "/invitation.ics"}) {
            mvc.perform(get(path).with(as(users, "partenaire"))).andExpect(status().isForbidden());
        }
        mvc.perform(post(f.path() + "/annulation").param("version", Long.toString(version(f))).with(as(users, "partenaire")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(governance.meeting(director(otherCampus), otherCampus, otherMeeting).cancelled()).isFalse();
        assertThat(governance.meeting(director(f.campus()), f.campus(), f.meeting()).cancelled()).isFalse();
    }

    @Test
    void theMemberPickerOfABodyLeavesOutItsCurrentMembers() throws Exception {
        Fixture f = planned();
        String page = mvc.perform(get("/gestion/campus/" + f.campus() + "/instances").with(as(users, "direction")))
                .andReturn().getResponse().getContentAsString();
        int select = page.indexOf("id=\"member-" + f.body() + "\"");
        assertThat(select).isPositive();
        String options = page.substring(select, page.indexOf("</select>", select));
        assertThat(options).doesNotContain(f.alice().id().toString()).doesNotContain(f.bruno().id().toString()).contains("<option");
    }

    @Test
    void headingsOfTheMinutesComeBelowThePagesOwn() throws Exception {
        Fixture f = planned();
        governance.recordMinutes(director(f.campus()), f.campus(), f.meeting(), version(f), "# Bilan\n\n## Forum\n\nTenu.", "# Budget adopté");
        mvc.perform(get(f.path()).with(as(users, "referent")))
                .andExpect(content().string(containsString("<h3>Bilan</h3>")))
                .andExpect(content().string(containsString("<h4>Forum</h4>")))
                .andExpect(content().string(containsString("<h4>Budget adopté</h4>")))
                .andExpect(content().string(not(containsString("<h1>Bilan"))));
    }
}
