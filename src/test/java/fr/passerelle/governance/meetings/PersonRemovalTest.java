package fr.passerelle.governance.meetings;

import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;

import static fr.passerelle.governance.GovernanceFixtures.director;
import static fr.passerelle.governance.GovernanceFixtures.nationalAdmin;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.TestSmtp;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Taking a person out of the directory ends their seats on governing bodies, with a line in each campus's history,
 * and keeps what they took part in: attendance and survey answers.
 */
@PasserelleIntegrationTest
class PersonRemovalTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Directory directory;
    @Autowired
    Governance governance;
    @Autowired
    MeetingFollowUp followUp;
    @Autowired
    CampusAudiences audiences;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** An organisation of Lille partnering a campus of the Hauts-de-France and one of another région, and two of its people. */
    record Fixture(UUID organisation, UUID campus, UUID otherRegionCampus, Contact alice, Contact bob, UUID body, UUID otherBody, UUID meeting) {
    }

    Fixture sitting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        UUID otherRegionCampus = registry.all().stream().filter(c -> !c.regionCode().equals("32")).findFirst().orElseThrow().id();
        UUID organisation = directory.register(fr.passerelle.TestActors.nationalAdmin(), new OrganisationDetails(OrganisationKind.OTHER, "Fédération lilloise " + suffix,
                null, null, null, null, null, "59350", null, null, null, null)).id();
        directory.addPartner(fr.passerelle.TestActors.nationalAdmin(), campus, organisation, MembershipRole.PARTNER, null, null);
        directory.addPartner(fr.passerelle.TestActors.nationalAdmin(), otherRegionCampus, organisation, MembershipRole.PARTNER, null, null);
        Contact alice = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), organisation, new PersonDetails("Alice", "Sortante-" + suffix, null, "alice." + suffix + "@example.fr", null));
        Contact bob = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), organisation, new PersonDetails("Bob", "Restant-" + suffix, null, "bob." + suffix + "@example.fr", null));
        UUID body = governance.constitute(director(campus), campus, BodyKind.STEERING, "COPIL " + suffix);
        governance.appoint(director(campus), campus, body, alice.id(), java.time.LocalDate.of(2026, 1, 5), null, null);
        governance.appoint(director(campus), campus, body, bob.id(), java.time.LocalDate.of(2026, 1, 5), null, null);
        UUID otherBody = governance.constitute(nationalAdmin(), otherRegionCampus, BodyKind.TECHNICAL, "Comité technique " + suffix);
        governance.appoint(nationalAdmin(), otherRegionCampus, otherBody, alice.id());
        var meeting = governance.schedule(director(campus), campus, body, new MeetingDetails(LocalDateTime.of(2026, 3, 10, 14, 0),
                LocalDateTime.of(2026, 3, 10, 16, 0), "Lycée support", null, null, Visibility.BODY));
        governance.recordAttendance(director(campus), campus, meeting.id(), governance.meeting(director(campus), campus, meeting.id()).version(),
                Map.of(alice.id(), AttendanceStatus.PRESENT, bob.id(), AttendanceStatus.EXCUSED));
        assertThat(followUp.sendSurvey(director(campus), campus, meeting.id()).sent()).containsExactly(alice.fullName());
        return new Fixture(organisation, campus, otherRegionCampus, alice, bob, body, otherBody, meeting.id());
    }

    @Test
    void removingAPersonEndsTheirSeatsKeepsTheirAttendanceAndSurveyAndWritesEachCampusHistory() throws Exception {
        Fixture f = sitting();
        Actor alicesAccount = new Actor(UUID.randomUUID(), "alice", "Alice", Role.PARTNER_MEMBER, null, null, null, f.organisation(), f.alice().email());
        assertThat(audiences.of(alicesAccount, f.campus()).bodies()).containsExactly(f.body());

        // The coordinator of the Hauts-de-France removes Alice, of an organisation of Lille, from the directory.
        mvc.perform(post("/gestion/organisations/" + f.organisation() + "/personnes/" + f.alice().id() + "/retrait")
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // She is no longer listed, offered, nor seated anywhere; her seats ended today.
        assertThat(directory.peopleOf(f.organisation())).extracting(Contact::id).containsExactly(f.bob().id());
        assertThat(directory.candidateContacts(f.campus())).extracting(Contact::id).doesNotContain(f.alice().id());
        assertThat(governance.bodiesOf(director(f.campus()), f.campus()).stream().filter(b -> b.id().equals(f.body())).findFirst().orElseThrow().members())
                .extracting(Contact::id).containsExactly(f.bob().id());
        assertThat(jdbc.sql("select ended_on from body_member where person_id = ?").param(f.alice().id()).query(LocalDate.class).list())
                .containsExactly(LocalDate.now(clock), LocalDate.now(clock));
        assertThat(audiences.of(alicesAccount, f.campus()).bodies()).isEmpty();

        // The meeting she attended still names her, with her presence; her survey is kept.
        var meeting = governance.meeting(director(f.campus()), f.campus(), f.meeting());
        assertThat(meeting.statusOf(f.alice().id())).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(meeting.members()).extracting(Contact::id).containsExactlyInAnyOrder(f.alice().id(), f.bob().id());
        assertThat(meeting.participation()).isEqualTo("50 %");
        assertThat(jdbc.sql("select count(*) from meeting_survey where meeting_id = ? and person_id = ?")
                .params(f.meeting(), f.alice().id()).query(Integer.class).single()).isEqualTo(1);

        // Both campuses, this région's and the other's, tell it in their history.
        for (UUID campus : new UUID[] {f.campus(), f.otherRegionCampus()}) {
            AuditTrail.Entry entry = audit.history(Governance.AUDITED, campus).get(0);
            assertThat(entry.action()).isEqualTo("MANDAT_TERMINE");
            assertThat(entry.actor()).isEqualTo("coordination");
            assertThat(entry.summary()).startsWith("Fin du mandat de " + f.alice().fullName() + " dans ");
        }
    }

    @Test
    void theDatabaseRefusesToEraseWhatAPersonTookPartIn() {
        Fixture f = sitting();
        UUID alice = f.alice().id();
        assertThatThrownBy(() -> jdbc.sql("delete from person where id = ?").param(alice).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("body_member");
        jdbc.sql("delete from body_member where person_id = ?").param(alice).update();
        assertThatThrownBy(() -> jdbc.sql("delete from person where id = ?").param(alice).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("attendance");
        jdbc.sql("delete from attendance where person_id = ?").param(alice).update();
        assertThatThrownBy(() -> jdbc.sql("delete from person where id = ?").param(alice).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("meeting_survey");
    }
}
