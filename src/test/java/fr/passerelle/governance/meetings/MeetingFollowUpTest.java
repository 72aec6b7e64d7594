package fr.passerelle.governance.meetings;

import fr.passerelle.platform.Times;
import static fr.passerelle.governance.GovernanceFixtures.director;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.GovernanceFixtures;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.TestSmtp;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** After a meeting: the signed minutes as a file, and the members' satisfaction collected through personal links. */
@PasserelleIntegrationTest
class MeetingFollowUpTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final byte[] PDF = GovernanceFixtures.pdf();

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
    MeetingFollowUp followUp;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    Contact member(UUID body, String firstName, String email) {
        Contact person = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), accounts.byUsername("partenaire").orElseThrow().organisationId(),
                new PersonDetails(firstName, "Membre", null, email, null));
        governance.appoint(director(campus()), campus(), body, person.id(), java.time.LocalDate.of(2026, 1, 5), null, null);
        return person;
    }

    MeetingView meeting(LocalDateTime startsAt) {
        UUID body = governance.constitute(director(campus()), campus(), BodyKind.TECHNICAL, "Comité technique " + UUID.randomUUID().toString().substring(0, 6));
        return governance.schedule(director(campus()), campus(), body, new MeetingDetails(startsAt, startsAt.plusHours(2), "Lycée support", null, null, Visibility.BODY));
    }

    @Test
    void theSignedMinutesAreKeptAsAFileAndABadFileIsRefusedWithItsReason() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 3, 10, 14, 0));
        String base = "/gestion/campus/" + campus() + "/reunions/" + meeting.id();

        mvc.perform(multipart(base + "/compte-rendu/fichier").file(new MockMultipartFile("fichier", "photo.pdf", "application/pdf",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("« photo.pdf » n'est pas d'un type accepté. Types acceptés : PDF, Word, OpenDocument texte.")));
        mvc.perform(multipart(base + "/compte-rendu/fichier").file(new MockMultipartFile("fichier", "cr.pdf", "application/pdf",
                        Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1))).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("10 Mo au plus")));
        assertThat(followUp.minutesFile(meeting.id())).isEmpty();

        mvc.perform(multipart(base + "/compte-rendu/fichier").file(new MockMultipartFile("fichier", "compte-rendu signé.pdf", "application/octet-stream", PDF))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le fichier « compte-rendu signé.pdf » est joint au compte rendu."));
        byte[] downloaded = mvc.perform(get(base + "/compte-rendu/fichier").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''compte-rendu%20sign%C3%A9.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        assertThat(audit.history(Governance.AUDITED, campus())).anySatisfy(e -> assertThat(e.summary()).startsWith("Compte rendu joint"));

        // Only those who run the campus attach a file; regional and academic staff read.
        for (String username : new String[] {"coordination", "referent", "partenaire"}) {
            mvc.perform(multipart(base + "/compte-rendu/fichier").file(new MockMultipartFile("fichier", "x.pdf", "application/pdf", PDF))
                            .with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(base + "/compte-rendu/fichier").with(as(users, "coordination"))).andExpect(status().isOk());
    }

    @Test
    void membersWhoAttendedReceiveAPersonalLinkAndTheirScoresMakeTheAverage() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 2, 3, 9, 30));
        UUID body = meeting.bodyId();
        Contact present = member(body, "Paula", "paula@example.fr");
        Contact alsoPresent = member(body, "Quentin", "quentin@example.fr");
        Contact excused = member(body, "Rémi", "remi@example.fr");
        governance.recordAttendance(director(campus()), campus(), meeting.id(), governance.meeting(director(campus()), campus(), meeting.id()).version(), Map.of(
                present.id(), AttendanceStatus.PRESENT, alsoPresent.id(), AttendanceStatus.PRESENT, excused.id(), AttendanceStatus.EXCUSED));
        String base = "/gestion/campus/" + campus() + "/reunions/" + meeting.id();

        mvc.perform(post(base + "/satisfaction").header("Host", "evil.example").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Questionnaire envoyé à 2 membre(s) : Paula Membre, Quentin Membre."));
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(2);
        assertThat(Arrays.stream(messages).map(m -> GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=")))
                .as("the personal links start with the public address, whatever Host the request named")
                .allMatch(text -> text.contains("http://localhost:8080/satisfaction/") && !text.contains("evil.example"));
        assertThat(Arrays.stream(messages).map(m -> GreenMailUtil.getHeaders(m))).noneMatch(h -> h.contains("remi@example.fr"));
        assertThat(messages[0].getSubject()).startsWith("Votre avis sur la réunion : ");
        String first = token(GreenMailUtil.getBody(messages[0]));
        String second = token(GreenMailUtil.getBody(messages[1]));

        // A second sending asks nobody twice.
        mvc.perform(post(base + "/satisfaction").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("(déjà sollicité·e)")));
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        // A score out of range is refused and the comment typed stays.
        mvc.perform(post("/satisfaction/" + first).param("score", "6").param("comment", "Ordre du jour trop chargé").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une note de 1 (pas du tout satisfait·e) à 5 (très satisfait·e).")))
                .andExpect(content().string(containsString("Ordre du jour trop chargé")));
        mvc.perform(post("/satisfaction/" + first).param("score", "3").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/satisfaction/" + first).param("score", "4").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/satisfaction/" + second).param("score", "5").param("comment", "Très utile").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/satisfaction/" + first)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"score-4\" value=\"4\" checked")));
        mvc.perform(get("/satisfaction/inconnu")).andExpect(status().isNotFound());

        var satisfaction = followUp.satisfaction(meeting.id());
        assertThat(satisfaction.answers()).isEqualTo(2);
        assertThat(satisfaction.sent()).isEqualTo(2);
        assertThat(satisfaction.averageText()).isEqualTo("4,5 / 5");
        mvc.perform(get(base).with(as(users, "direction")))
                .andExpect(content().string(containsString("4,5 / 5")))
                .andExpect(content().string(containsString("2 réponse(s) sur 2 questionnaire(s) envoyé(s)")));
    }

    @Test
    void theSurveyWaitsForTheMeetingToEndAndOnlyEditorsSendIt() throws Exception {
        var meeting = meeting(LocalDateTime.now(clock.withZone(Times.DEFAULT_ZONE)).plusDays(3).withNano(0));
        member(meeting.bodyId(), "Sonia", "sonia@example.fr");
        String base = "/gestion/campus/" + campus() + "/reunions/" + meeting.id();
        mvc.perform(post(base + "/satisfaction").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", "Le questionnaire de satisfaction s'envoie une fois la réunion terminée."));
        for (String username : new String[] {"referent", "partenaire"}) {
            mvc.perform(post(base + "/satisfaction").with(as(users, username)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSurveyWhoseEmailTheServerRefusedIsNotCountedAsAskedAndLeavesAtTheNextSending() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 1, 20, 9, 0));
        Contact member = member(meeting.bodyId(), "Tania", "tania@example.fr");
        String base = "/gestion/campus/" + campus() + "/reunions/" + meeting.id();

        // The mail server is down when the survey leaves, after the commit: the member is not left "already asked".
        smtp.stop();
        mvc.perform(post(base + "/satisfaction").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Questionnaire envoyé à 1 membre(s) : Tania Membre."));
        assertThat(jdbc.sql("select count(*) from meeting_survey where meeting_id = ? and person_id = ?").params(meeting.id(), member.id())
                .query(Integer.class).single()).isZero();

        // Once the server is back, the next sending asks her.
        smtp.start();
        mvc.perform(post(base + "/satisfaction").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Questionnaire envoyé à 1 membre(s) : Tania Membre."));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(followUp.satisfaction(meeting.id()).sent()).isEqualTo(1);
    }

    private static String token(String body) {
        var matcher = Pattern.compile("/satisfaction/([A-Za-z0-9_-]{40,})").matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a survey link in: %s", body).isTrue();
        return matcher.group(1);
    }
}
