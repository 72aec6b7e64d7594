package fr.passerelle.governance.regional;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.TestFiles;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.CoPiloting.Scope;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The co-pilots of a région run its bodies as a director runs a campus's (members with their seats, meetings,
 * attendance, participation, minutes, all audited); its referents, DREETS and directors read them; the other régions'
 * people and the other roles are refused. A national network is run by the national administrator and read by its
 * representative and the directors of its campuses. The shared space shows each reader the campus documents they may see.
 */
@PasserelleIntegrationTest
class RegionalCoPilotingTest {

    static final String HAUTS_DE_FRANCE = "32";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    CampusRegistry registry;
    @Autowired
    RegionalCoPiloting coPiloting;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    Actor coordinator() {
        return accounts.byUsername("coordination").orElseThrow();
    }

    UUID partnerOrganisation() {
        return accounts.byUsername("partenaire").orElseThrow().organisationId();
    }

    Contact person(String first, String last, String email) {
        return directory.addPerson(nationalAdmin(), partnerOrganisation(), new PersonDetails(first, last, null, email, null));
    }

    CampusCard campusOutside(String regionCode) {
        return registry.all().stream().filter(c -> !c.regionCode().equals(regionCode)).findFirst().orElseThrow();
    }

    @Test
    void theCoordinatorRunsARegionalCommitteeFromConstitutionToAttendanceAndMinutes() throws Exception {
        String name = "Comité stratégique régional " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/gestion/regions/32/instances").param("kind", "REGIONAL_STRATEGIC_COMMITTEE").param("name", name)
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(flash().attribute("success", "L'instance « " + name + " » est constituée."));
        UUID body = coPiloting.bodies(coordinator(), Scope.region(HAUTS_DE_FRANCE)).stream().filter(b -> b.name().equals(name))
                .findFirst().orElseThrow().id();
        Contact rector = person("Rémi", "Recteur", null);
        Contact dreets = person("Dora", "Dreets", null);
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        mvc.perform(post("/gestion/regions/32/instances/" + body + "/membres").param("personId", rector.id().toString()).param("seat", "RECTOR")
                        .param("startedOn", today.minusYears(1).toString()).with(as(users, "coordination")).with(csrf()))
                .andExpect(flash().attribute("success", "Le membre a été ajouté."));
        coPiloting.appoint(coordinator(), Scope.region(HAUTS_DE_FRANCE), body, dreets.id(), today.minusYears(1), RegionalSeat.DREETS);

        // The committee meets today: attendance opens on the meeting's day.
        LocalDateTime start = today.atTime(0, 5);
        mvc.perform(post("/gestion/regions/32/instances/" + body + "/reunions").param("startsAt", start.toString())
                        .param("endsAt", start.plusHours(2).toString()).param("place", "Rectorat de région académique, Lille")
                        .param("agenda", "Revue annuelle des campus").with(as(users, "coordination")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var meeting = coPiloting.body(coordinator(), Scope.region(HAUTS_DE_FRANCE), body).meetings().get(0);
        mvc.perform(post("/gestion/regions/32/reunions/" + meeting.id() + "/emargement").param("version", Long.toString(meeting.version()))
                        .param("presence-" + rector.id(), "PRESENT").param("presence-" + dreets.id(), "EXCUSED")
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(flash().attribute("success", "L'émargement est enregistré."));
        var attended = coPiloting.meeting(coordinator(), Scope.region(HAUTS_DE_FRANCE), meeting.id());
        mvc.perform(post("/gestion/regions/32/reunions/" + meeting.id() + "/compte-rendu").param("version", Long.toString(attended.version()))
                        .param("minutes", "Revue des campus de la région.").param("decisions", "Indicateurs validés.")
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(flash().attribute("success", "Le compte rendu est enregistré."));

        var done = coPiloting.meeting(coordinator(), Scope.region(HAUTS_DE_FRANCE), meeting.id());
        assertThat(done.participation()).isEqualTo("50 %");
        assertThat(done.decisions()).isEqualTo("Indicateurs validés.");
        // The director of a campus of the région reads the meeting and its decisions, without the forms.
        mvc.perform(get("/gestion/regions/32/reunions/" + meeting.id()).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indicateurs validés.")))
                .andExpect(content().string(not(containsString("id=\"minutes-form\""))));
        // Every step is in the body's history.
        assertThat(audit.history("governing_body", body).stream().map(AuditTrail.Entry::action))
                .contains("INSTANCE_CREEE", "MEMBRE_NOMME", "REUNION_PLANIFIEE", "EMARGEMENT", "COMPTE_RENDU");
        // The years of the body count its meetings and participation.
        var page = coPiloting.body(coordinator(), Scope.region(HAUTS_DE_FRANCE), body);
        assertThat(page.years().get(0).year()).isEqualTo(today.getYear());
        assertThat(page.years().get(0).participationText()).isEqualTo("50 %");
    }

    @Test
    void aCampusKindOfBodyIsRefusedToARegionAndARegionalKindToACampus() {
        assertThatThrownBy(() -> coPiloting.constitute(coordinator(), HAUTS_DE_FRANCE, BodyKind.STEERING, "COPIL régional"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void readersOfTheRegionReadItsBodiesButDoNotChangeThem() throws Exception {
        UUID body = coPiloting.constitute(coordinator(), HAUTS_DE_FRANCE, BodyKind.DIRECTORS_GROUP, "Groupe des directeurs " + UUID.randomUUID());
        for (String reader : List.of("admin", "coordination", "conseil-regional", "dreets", "referent", "direction")) {
            mvc.perform(get("/gestion/regions/32/instances/" + body).with(as(users, reader))).andExpect(status().isOk());
        }
        for (String reader : List.of("dreets", "referent", "direction")) {
            mvc.perform(post("/gestion/regions/32/instances/" + body + "/reunions").param("startsAt", "2030-02-05T10:00")
                            .param("endsAt", "2030-02-05T12:00").param("place", "Amiens").with(as(users, reader)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        for (String other : List.of("partenaire", "recruteur", "expert")) {
            mvc.perform(get("/gestion/regions/32/instances/" + body).with(as(users, other))).andExpect(status().isForbidden());
            mvc.perform(get("/gestion/regions/32").with(as(users, other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theCoPilotsAndDirectorsOfARegionAreRefusedAnotherRegion() throws Exception {
        CampusCard elsewhere = campusOutside(HAUTS_DE_FRANCE);
        UUID body = coPiloting.constitute(nationalAdmin(), elsewhere.regionCode(), BodyKind.REGIONAL_CELL, "Cellule régionale " + UUID.randomUUID());
        for (String user : List.of("coordination", "conseil-regional", "dreets", "referent", "direction")) {
            mvc.perform(get("/gestion/regions/" + elsewhere.regionCode() + "/instances/" + body).with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/gestion/regions/" + elsewhere.regionCode() + "/espace-partage").with(as(users, user))).andExpect(status().isForbidden());
        }
        // A body of another région is not found under this one.
        mvc.perform(get("/gestion/regions/32/instances/" + body).with(as(users, "coordination"))).andExpect(status().isNotFound());
        // The director of a campus of that other région reads it, and is refused Hauts-de-France.
        Actor director = TestActors.directorOf(elsewhere.id());
        assertThat(coPiloting.body(director, Scope.region(elsewhere.regionCode()), body).name()).startsWith("Cellule régionale");
        assertThatThrownBy(() -> coPiloting.bodies(director, Scope.region(HAUTS_DE_FRANCE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coPiloting.constitute(director, elsewhere.regionCode(), BodyKind.REGIONAL_CELL, "Refusée"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNetworkIsRunByTheNationalAdministratorAndReadByItsRepresentativeAndTheDirectorsOfItsCampuses() throws Exception {
        UUID directed = accounts.byUsername("direction").orElseThrow().campusId();
        Contact representative = person("Marine", "Représentante", "marine.representante-" + UUID.randomUUID() + "@example.fr");
        UUID network = coPiloting.createNetwork(nationalAdmin(), "Réseau de la mer " + UUID.randomUUID(), Sector.MOBILITY, representative.id(),
                List.of(directed));
        UUID body = coPiloting.bodyOfNetwork(nationalAdmin(), network);
        coPiloting.appoint(nationalAdmin(), Scope.network(network), body, representative.id(), null, RegionalSeat.NATIONAL_REPRESENTATIVE);
        LocalDateTime start = LocalDate.now(clock.withZone(Times.current().zone())).plusMonths(1).atTime(10, 0);
        UUID meeting = coPiloting.plan(nationalAdmin(), Scope.network(network), body,
                new MeetingDetails(start, start.plusHours(3), null, "https://visio.example.fr/mer", "Feuille de route", Visibility.BODY));

        mvc.perform(get("/gestion/reseaux/" + network).with(as(users, "direction"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Marine Représentante")));
        mvc.perform(get("/gestion/reseaux/" + network + "/reunions/" + meeting).with(as(users, "direction"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/reseaux/" + network + "/agenda.ics").with(as(users, "direction"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("UID:" + meeting + "@passerelle")));
        for (String refused : List.of("coordination", "conseil-regional", "referent", "partenaire", "expert")) {
            mvc.perform(get("/gestion/reseaux/" + network).with(as(users, refused))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/gestion/reseaux/" + network + "/campus").param("campusId", campusOutside(HAUTS_DE_FRANCE).id().toString())
                .with(as(users, "direction")).with(csrf())).andExpect(status().isForbidden());
        // Its representative, known to an account by the e-mail address, reads it.
        Actor represents = new Actor(UUID.randomUUID(), "marine", "Marine", fr.passerelle.identity.Role.PARTNER_MEMBER, null, null, null,
                partnerOrganisation(), representative.email());
        assertThat(coPiloting.network(represents, network).representative().id()).isEqualTo(representative.id());
        // A director of a campus outside the network is refused.
        assertThatThrownBy(() -> coPiloting.network(TestActors.directorOf(campusOutside(HAUTS_DE_FRANCE).id()), network))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.history(RegionalCoPiloting.AUDITED_NETWORK, network).stream().map(AuditTrail.Entry::action)).contains("RESEAU_CREE");
    }

    @Test
    void theSharedSpaceShowsEachReaderTheCampusDocumentsTheirVisibilityOpens() throws Exception {
        UUID directed = accounts.byUsername("direction").orElseThrow().campusId();
        String title = "Convention " + UUID.randomUUID().toString().substring(0, 8);
        for (String visibility : List.of("PUBLIC", "PARTNERS")) {
            mvc.perform(multipart("/gestion/campus/" + directed + "/documents")
                            .file(new MockMultipartFile("fichier", "convention.pdf", "application/pdf", TestFiles.pdf()))
                            .param("title", title + " " + visibility).param("visibility", visibility).with(as(users, "direction")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        // The coordinator, in the campus team, sees both; the director of a campus of the région outside the team, the public one only.
        mvc.perform(get("/gestion/regions/32/espace-partage").param("campus", directed.toString()).with(as(users, "coordination")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title + " PUBLIC")))
                .andExpect(content().string(containsString(title + " PARTNERS")));
        CampusCard otherOfRegion = registry.all().stream().filter(c -> c.regionCode().equals(HAUTS_DE_FRANCE) && !c.id().equals(directed))
                .findFirst().orElseThrow();
        Actor otherDirector = TestActors.directorOf(otherOfRegion.id());
        var page = sharedSpace.page(otherDirector, HAUTS_DE_FRANCE, directed, null, 1);
        assertThat(page.documents().stream().map(SharedSpace.CampusDocument::title)).contains(title + " PUBLIC").doesNotContain(title + " PARTNERS");
        assertThat(page.documents().stream().filter(d -> d.title().equals(title + " PUBLIC")).findFirst().orElseThrow().path())
                .startsWith("/campus/");
    }

    @Autowired
    SharedSpace sharedSpace;

    @Test
    void aPlannedRegionalMeetingIsRescheduledThenCancelledAndAStaleFormIsRefused() throws Exception {
        UUID body = coPiloting.constitute(coordinator(), HAUTS_DE_FRANCE, BodyKind.REGIONAL_CELL, "Cellule " + UUID.randomUUID());
        LocalDateTime may = LocalDate.now(clock.withZone(Times.current().zone())).plusYears(1).withMonth(5).withDayOfMonth(12).atTime(14, 0);
        UUID meeting = coPiloting.plan(coordinator(), Scope.region(HAUTS_DE_FRANCE), body,
                new MeetingDetails(may, may.plusHours(2), "Amiens", null, null, Visibility.BODY));
        var planned = coPiloting.meeting(coordinator(), Scope.region(HAUTS_DE_FRANCE), meeting);
        String path = "/gestion/regions/32/reunions/" + meeting;
        mvc.perform(post(path + "/modifier").param("version", Long.toString(planned.version())).param("startsAt", may.plusDays(1).toString())
                        .param("endsAt", may.plusDays(1).plusHours(2).toString()).param("place", "Lille").with(as(users, "conseil-regional")).with(csrf()))
                .andExpect(flash().attribute("success", "La réunion est modifiée ; les membres déjà invités reçoivent l'invitation mise à jour."));
        assertThat(coPiloting.meeting(coordinator(), Scope.region(HAUTS_DE_FRANCE), meeting).place()).isEqualTo("Lille");
        // A form opened on the first version is refused, and says why.
        mvc.perform(post(path + "/annulation").param("version", Long.toString(planned.version())).param("reason", "Trop tard")
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu")));
        var changed = coPiloting.meeting(coordinator(), Scope.region(HAUTS_DE_FRANCE), meeting);
        mvc.perform(post(path + "/annulation").param("version", Long.toString(changed.version())).param("reason", "Report")
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(flash().attribute("success", "La réunion est annulée."));
        assertThat(coPiloting.meeting(coordinator(), Scope.region(HAUTS_DE_FRANCE), meeting).cancelled()).isTrue();
        assertThat(audit.history("governing_body", body).stream().map(AuditTrail.Entry::action)).contains("REUNION_MODIFIEE", "REUNION_ANNULEE");
    }

    @Test
    void aRegionalMeetingIsOnTheCalendarOfTheRegionsCampusTeamsAndOnTheLandingPageOfItsReaders() throws Exception {
        UUID directed = accounts.byUsername("direction").orElseThrow().campusId();
        String name = "Groupe des directeurs " + UUID.randomUUID().toString().substring(0, 6);
        UUID body = coPiloting.constitute(coordinator(), HAUTS_DE_FRANCE, BodyKind.DIRECTORS_GROUP, name);
        LocalDateTime soon = LocalDate.now(clock.withZone(Times.current().zone())).plusDays(3).atTime(10, 0);
        coPiloting.plan(coordinator(), Scope.region(HAUTS_DE_FRANCE), body, new MeetingDetails(soon, soon.plusHours(2), "Arras", null, null, Visibility.BODY));
        String month = soon.getYear() + "-" + String.format("%02d", soon.getMonthValue());

        mvc.perform(get("/gestion/campus/" + directed + "/calendrier").param("vue", "liste").param("mois", month).with(as(users, "direction")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        // Partners of the campus, who do not read the région, do not see it.
        mvc.perform(get("/gestion/campus/" + directed + "/calendrier").param("vue", "liste").param("mois", month).with(as(users, "partenaire")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));

        mvc.perform(get("/gestion").with(as(users, "direction"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"co-piloting-panel\"")))
                .andExpect(content().string(containsString("/gestion/regions/32")));
        mvc.perform(get("/gestion").with(as(users, "partenaire"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("co-piloting-panel"))));
    }
}
