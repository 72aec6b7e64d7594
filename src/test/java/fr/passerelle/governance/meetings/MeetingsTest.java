package fr.passerelle.governance.meetings;

import static fr.passerelle.governance.GovernanceFixtures.director;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.TestMails;
import fr.passerelle.TestSmtp;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A director constitutes a body, plans a meeting, invites its members by e-mail, records attendance and minutes. */
@PasserelleIntegrationTest
class MeetingsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

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

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    UUID partnerOrganisation() {
        return accounts.byUsername("partenaire").orElseThrow().organisationId();
    }

    @Test
    void theDirectorRunsAMeetingFromInvitationToMinutes() throws Exception {
        UUID campus = campus();
        String bodyName = "COPIL " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/gestion/campus/" + campus + "/instances").param("kind", "STEERING").param("name", bodyName)
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "L'instance « " + bodyName + " » a été créée."));
        UUID body = governance.bodiesOf(director(campus), campus).stream().filter(b -> b.name().equals(bodyName)).findFirst().orElseThrow().id();
        Contact alice = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), partnerOrganisation(), new PersonDetails("Alice", "Invitée", "Cheffe de projet", "alice@example.fr", null));
        Contact bruno = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), partnerOrganisation(), new PersonDetails("Bruno", "Sansmail", null, null, null));
        for (Contact member : new Contact[] {alice, bruno}) {
            mvc.perform(post("/gestion/campus/" + campus + "/instances/" + body + "/membres").param("personId", member.id().toString())
                            .param("startedOn", "2026-01-05").with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("success", "Le membre a été ajouté."));
        }

        // A meeting that ends before it starts is refused, and what was typed stays.
        mvc.perform(post("/gestion/campus/" + campus + "/reunions").param("bodyId", body.toString())
                        .param("startsAt", "2026-11-12T14:00").param("endsAt", "2026-11-12T12:00").param("place", "Lycée support, salle du conseil")
                        .param("agenda", "Bilan de l'année").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La fin de la réunion doit suivre son début.")))
                .andExpect(content().string(containsString("value=\"Lycée support, salle du conseil\"")));

        String location = mvc.perform(post("/gestion/campus/" + campus + "/reunions").param("bodyId", body.toString())
                        .param("startsAt", "2026-11-12T14:00").param("endsAt", "2026-11-12T16:30").param("place", "Lycée support, salle du conseil")
                        .param("agenda", "Bilan de l'année").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID meeting = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        // Invitations go by e-mail to the members who have an address; the others are named.
        mvc.perform(post(location + "/invitations").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "1 invitation(s) envoyée(s) : Alice Invitée."))
                .andExpect(flash().attribute("error", "Non invité·es : Bruno Sansmail (pas d'adresse e-mail)."));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("alice@example.fr");
        assertThat(received[0].getSubject()).contains(bodyName, "jeudi 12 novembre 2026");
        assertThat(TestMails.text(received[0])).contains("Bilan de l", "Lycée support, salle du conseil");
        // The invitation carries the meeting for the members' calendars.
        assertThat(TestMails.attachments(received[0])).singleElement().satisfies(ics -> {
            assertThat(ics.name()).isEqualTo("invitation-2026-11-12.ics");
            assertThat(ics.contentType()).startsWith("text/calendar").contains("method=REQUEST");
            assertThat(ics.text()).contains("METHOD:REQUEST", "UID:" + meeting + "@passerelle", "DTSTART;TZID=Europe/Paris:20261112T140000",
                    "ATTENDEE;CN=\"Alice Invitée\"");
        });

        // Attendance gives the participation rate.
        long version = governance.meeting(director(campus), campus, meeting).version();
        mvc.perform(post(location + "/emargement").param("version", Long.toString(version))
                        .param("presence-" + alice.id(), "PRESENT").param("presence-" + bruno.id(), "EXCUSED")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "L'émargement est enregistré."));
        assertThat(governance.meeting(director(campus), campus, meeting).participation()).isEqualTo("50 %");

        // Minutes, and a stale form that must not overwrite them.
        long current = governance.meeting(director(campus), campus, meeting).version();
        mvc.perform(post(location + "/compte-rendu").param("version", Long.toString(current)).param("minutes", "Le comité a validé le bilan.")
                        .param("decisions", "Budget 2027 adopté.").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/compte-rendu").param("version", Long.toString(current)).param("minutes", "Version périmée")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("Version périmée")));
        assertThat(governance.meeting(director(campus), campus, meeting).minutes()).isEqualTo("Le comité a validé le bilan.");
        assertThat(audit.history("campus", campus)).extracting(AuditTrail.Entry::action)
                .contains("INSTANCE_CREEE", "MEMBRE_NOMME", "REUNION_PLANIFIEE", "INVITATIONS", "EMARGEMENT", "COMPTE_RENDU");

        // The minutes and the attendance sheet export as a PDF that says what the page says.
        byte[] pdf = mvc.perform(get(location + "/compte-rendu.pdf").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains(bodyName, "Alice Invitée", "Présent·e", "Bruno Sansmail", "Excusé·e", "participation : 50 %",
                "Le comité a validé le bilan.", "Budget 2027 adopté.");

        // Readers see the meeting; only editors change it; others are refused.
        mvc.perform(get(location).with(as(users, "referent"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Le comité a validé le bilan.")));
        mvc.perform(post(location + "/compte-rendu").param("version", "0").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).with(as(users, "expert"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyPeopleOfPartnerOrganisationsSitOnABody() throws Exception {
        UUID campus = campus();
        UUID body = governance.constitute(director(campus), campus, BodyKind.WORKING_GROUP, "Groupe de travail " + UUID.randomUUID());
        var outsider = directory.register(fr.passerelle.TestActors.nationalAdmin(), fr.passerelle.directory.OrganisationDetails.of(fr.passerelle.directory.OrganisationKind.OTHER,
                "Sans lien " + UUID.randomUUID()));
        Contact stranger = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), outsider.id(), new PersonDetails("Paul", "Étranger", null, null, null));
        mvc.perform(post("/gestion/campus/" + campus + "/instances/" + body + "/membres").param("personId", stranger.id().toString())
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"personId-error\"")))
                .andExpect(content().string(containsString("Choisissez une personne d&#39;une organisation partenaire du campus.")));
    }

    @Test
    void aVideoMeetingNeedsASecureLinkAndAMeetingNeedsAPlace() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new MeetingDetails(java.time.LocalDateTime.of(2027, 1, 12, 14, 0),
                java.time.LocalDateTime.of(2027, 1, 12, 15, 0), null, null, null, null).check())).hasMessage("Indiquez le lieu ou le lien de visioconférence.");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new MeetingDetails(java.time.LocalDateTime.of(2027, 1, 12, 14, 0),
                java.time.LocalDateTime.of(2027, 1, 12, 15, 0), null, "http://visio.example/copil", null, null).check()))
                .hasMessage("Le lien de visioconférence commence par https://.");
    }
}
