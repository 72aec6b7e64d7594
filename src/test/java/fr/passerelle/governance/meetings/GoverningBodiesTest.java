package fr.passerelle.governance.meetings;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.governance.GovernanceFixtures.director;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.College;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.MeetingParticipations;
import fr.passerelle.governance.Participation;
import fr.passerelle.governance.StrategicSeat;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Bodies as the sources set them: dated seats, expected seats, colleges, chair and frequency, each saved and audited. */
@PasserelleIntegrationTest
class GoverningBodiesTest {

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
    MeetingParticipations participations;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    Contact person(String firstName) {
        return directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), accounts.byUsername("partenaire").orElseThrow().organisationId(),
                new PersonDetails(firstName, "Membre-" + UUID.randomUUID().toString().substring(0, 6), null, null, null));
    }

    String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aMemberAppointedTodayLeavesAPastMeetingsRateAsItWas() throws Exception {
        UUID campus = campus();
        UUID body = governance.constitute(director(campus), campus, BodyKind.STEERING, "COPIL daté " + suffix());
        Contact alice = person("Alice");
        Contact bruno = person("Bruno");
        governance.appoint(director(campus), campus, body, alice.id(), LocalDate.of(2026, 1, 5), null, null);
        governance.appoint(director(campus), campus, body, bruno.id(), LocalDate.of(2026, 1, 5), null, null);
        LocalDateTime start = LocalDateTime.of(2026, 3, 10, 14, 0);
        UUID meeting = governance.plan(director(campus), campus, body, new MeetingDetails(start, start.plusHours(2), "Lycée support", null, null,
                Visibility.BODY));
        governance.recordAttendance(director(campus), campus, meeting, governance.meeting(director(campus), campus, meeting).version(),
                Map.of(alice.id(), AttendanceStatus.PRESENT, bruno.id(), AttendanceStatus.ABSENT));
        assertThat(governance.meeting(director(campus), campus, meeting).participation()).isEqualTo("50 %");

        // Two people join the body today: the March meeting had two members, and keeps its rate everywhere it is shown.
        governance.appoint(director(campus), campus, body, person("Chloé").id());
        governance.appoint(director(campus), campus, body, person("David").id());

        var view = governance.meeting(director(campus), campus, meeting);
        assertThat(view.participation()).isEqualTo("50 %");
        assertThat(view.members()).extracting(Contact::id).containsExactlyInAnyOrder(alice.id(), bruno.id());
        Participation quoted = participations.between(campus, start.toLocalDate(), start.toLocalDate()).stream()
                .filter(p -> p.meetingId().equals(meeting)).findFirst().orElseThrow();
        assertThat(quoted.members()).isEqualTo(2);
        assertThat(quoted.rate()).isEqualTo(0.5);
        try (var reader = new com.lowagie.text.pdf.PdfReader(MeetingPdf.render("Campus", view))) {
            assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1)).contains("participation : 50 %");
        }
    }

    @Test
    void theStrategicCommitteesSeatsAndItsChairAndFrequencyAreSavedShownAndAudited() throws Exception {
        UUID campus = campus();
        String name = "COS " + suffix();
        UUID body = governance.constitute(director(campus), campus, BodyKind.STRATEGIC, name);
        String page = "/gestion/campus/" + campus + "/instances/" + body;
        Contact rector = person("Recteur");

        // A seat from a day to come is refused next to the field, with what was typed.
        String tomorrow = LocalDate.now(clock).plusDays(2).toString();
        mvc.perform(post(page + "/membres").param("page", "instance").param("personId", rector.id().toString()).param("startedOn", tomorrow)
                        .param("seat", "RECTOR").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"startedOn-error\"")))
                .andExpect(content().string(containsString("value=\"" + tomorrow + "\"")));

        mvc.perform(post(page + "/membres").param("page", "instance").param("personId", rector.id().toString()).param("startedOn", "2026-02-01")
                        .param("seat", "RECTOR").with(as(users, "direction")).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "Le membre a été ajouté."));
        var seated = governance.body(director(campus), campus, body);
        assertThat(seated.seats()).singleElement().satisfies(m -> {
            assertThat(m.seat()).isEqualTo(StrategicSeat.RECTOR);
            assertThat(m.startedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        });
        assertThat(seated.missingSeats()).containsExactly(StrategicSeat.REGION_PRESIDENT, StrategicSeat.SECTOR_REPRESENTATIVE,
                StrategicSeat.SUPPORT_HEAD, StrategicSeat.OPERATIONAL_DIRECTOR);
        mvc.perform(get(page).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 siège(s) attendu(s) sans titulaire")))
                .andExpect(content().string(containsString("Président du conseil régional")));
        var appointed = audit.history("campus", campus).stream().filter(e -> e.action().equals("MEMBRE_NOMME")).findFirst().orElseThrow();
        assertThat(appointed.changes()).extracting(AuditTrail.Change::after).contains("Recteur d'académie", "1 février 2026");

        // The chair and the frequency: a wrong number comes back next to its field; then saved and audited.
        long version = seated.version();
        mvc.perform(post(page + "/parametres").param("version", Long.toString(version)).param("chairPersonId", rector.id().toString())
                        .param("meetingsPerYear", "0").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"meetingsPerYear-error\"")))
                .andExpect(content().string(containsString("value=\"0\"")));
        mvc.perform(post(page + "/parametres").param("version", Long.toString(version)).param("chairPersonId", rector.id().toString())
                        .param("meetingsPerYear", "3").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La présidence et la fréquence des réunions sont enregistrées."));
        var configured = governance.body(director(campus), campus, body);
        assertThat(configured.chair().id()).isEqualTo(rector.id());
        assertThat(configured.meetingsPerYear()).isEqualTo(3);
        assertThat(configured.yearsBelowExpected()).extracting(MeetingFrequency.Year::year).contains(LocalDate.now(clock).getYear());
        var changed = audit.history("campus", campus).stream().filter(e -> e.action().equals("INSTANCE_MODIFIEE")).findFirst().orElseThrow();
        assertThat(changed.changes()).extracting(AuditTrail.Change::field).containsExactly("Présidence", "Réunions attendues par an");
        mvc.perform(get(page).with(as(users, "direction")))
                .andExpect(content().string(containsString("3 par an")))
                .andExpect(content().string(containsString("réunion(s) de moins que prévu")));

        // A form opened before that change is refused rather than overwrite it, with what was typed.
        mvc.perform(post(page + "/parametres").param("version", Long.toString(version)).param("chairPersonId", "")
                        .param("meetingsPerYear", "6").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette instance a été modifiée par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("value=\"6\"")));
        assertThat(governance.body(director(campus), campus, body).meetingsPerYear()).isEqualTo(3);

        // Those who only read the campus's life cannot change it.
        mvc.perform(post(page + "/parametres").param("version", Long.toString(configured.version())).param("meetingsPerYear", "6")
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSteeringCommitteeMemberSitsInACollegeThatCanBeChangedAndIsAudited() throws Exception {
        UUID campus = campus();
        UUID body = governance.constitute(director(campus), campus, BodyKind.STEERING, "COPIL collèges " + suffix());
        String page = "/gestion/campus/" + campus + "/instances/" + body;
        Contact member = person("Élise");
        governance.appoint(director(campus), campus, body, member.id(), LocalDate.of(2026, 1, 5), null, College.TRAINING_RESEARCH);

        // A seat of the strategic committee does not fit a steering committee.
        mvc.perform(post(page + "/membres").param("page", "instance").param("personId", person("Fanny").id().toString())
                        .param("seat", "RECTOR").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les sièges attendus sont ceux du comité d&#39;orientation stratégique.")));

        long version = governance.body(director(campus), campus, body).version();
        mvc.perform(post(page + "/sieges/" + member.id()).param("version", Long.toString(version)).param("college", "TERRITORIES")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le siège du membre est enregistré."));
        assertThat(governance.body(director(campus), campus, body).inCollege(College.TERRITORIES.name())).extracting(m -> m.person().id())
                .containsExactly(member.id());
        var entry = audit.history("campus", campus).stream().filter(e -> e.action().equals("MEMBRE_SIEGE")).findFirst().orElseThrow();
        assertThat(entry.changes()).containsExactly(new AuditTrail.Change("Collège", "Formation et recherche", "Territoires"));
        mvc.perform(get(page).with(as(users, "direction")))
                .andExpect(content().string(containsString("Territoires")))
                .andExpect(content().string(containsString(member.fullName())));

        // A stale version is refused.
        mvc.perform(post(page + "/sieges/" + member.id()).param("version", Long.toString(version)).param("college", "ECONOMY")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("modifiée par quelqu'un d'autre")));
    }
}
