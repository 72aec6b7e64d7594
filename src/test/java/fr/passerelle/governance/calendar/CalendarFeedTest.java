package fr.passerelle.governance.calendar;

import static fr.passerelle.governance.GovernanceFixtures.director;
import fr.passerelle.governance.GoverningBodies;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The private iCal feed of a campus's meetings parses back as valid iCalendar, and a revoked link stops working. */
@PasserelleIntegrationTest
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    GoverningBodies governance;
    @Autowired
    CalendarFeeds feeds;

    @Test
    void theFeedParsesBackWithThePartnersMeetingsButNotTheBodyOnlyOnesAndARevokedTokenIsRefused() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String name = "Comité technique, numérique; " + UUID.randomUUID().toString().substring(0, 6);
        UUID body = governance.constitute(director(campus), campus, BodyKind.TECHNICAL, name);
        String agenda = "1. Bilan des actions menées auprès des collégiens et des lycéennes, avec les entreprises du territoire\n2. Questions diverses";
        governance.plan(director(campus), campus, body, new MeetingDetails(LocalDateTime.of(2027, 1, 12, 14, 0), LocalDateTime.of(2027, 1, 12, 16, 0),
                "Lycée support", null, agenda, Visibility.PARTNERS));
        governance.plan(director(campus), campus, body, new MeetingDetails(LocalDateTime.of(2027, 1, 19, 14, 0), LocalDateTime.of(2027, 1, 19, 16, 0),
                "Salle réservée", null, "Huis clos", Visibility.BODY));

        mvc.perform(post("/gestion/campus/" + campus + "/agendas").param("label", "Agenda du comité technique")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var feed = feeds.active(director(campus), campus).stream().filter(f -> f.label().equals("Agenda du comité technique")).findFirst().orElseThrow();

        String ics = mvc.perform(get("/calendrier/" + feed.token() + ".ics"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent event = events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().equals(name)).findFirst().orElseThrow();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270112T130000Z"); // 14:00 in Paris, winter time
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Lycée support");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo("Ordre du jour :\n" + agenda);
        assertThat(events).noneMatch(e -> e.getProperty(Property.LOCATION).map(l -> l.getValue().equals("Salle réservée")).orElse(false));

        mvc.perform(post("/gestion/campus/" + campus + "/agendas/" + feed.id() + "/revocation").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendrier/" + feed.token() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendrier/inconnu.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aCarriageReturnTypedInAFieldCannotStartALineOfTheFeed() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String name = "Comité " + UUID.randomUUID().toString().substring(0, 6);
        UUID body = governance.constitute(director(campus), campus, BodyKind.WORKING_GROUP, name);
        governance.plan(director(campus), campus, body, new MeetingDetails(LocalDateTime.of(2027, 2, 2, 9, 0), LocalDateTime.of(2027, 2, 2, 10, 0),
                "Salle B\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Faux", null, "Point 1\r\nPoint 2\u000B", Visibility.PARTNERS));
        var feed = feeds.issue(director(campus), campus, "Agenda " + name);

        String ics = mvc.perform(get("/calendrier/" + feed.token() + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n", "\u000B");
        assertThat(ics.lines()).noneMatch(line -> line.startsWith("SUMMARY:Faux"));
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().equals(name)).findFirst().orElseThrow();
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Salle B\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Faux");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo("Ordre du jour :\nPoint 1\nPoint 2");
    }

    @Test
    void onlyEditorsOfTheCampusIssueOrRevokeLinks() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        for (String username : new String[] {"referent", "partenaire", "expert"}) {
            mvc.perform(post("/gestion/campus/" + campus + "/agendas").with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theLinkShownToBeCopiedIntoACalendarStartsWithThePublicAddressWhateverTheHost() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String label = "Agenda à copier " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/gestion/campus/" + campus + "/agendas").param("label", label).with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var feed = feeds.active(director(campus), campus).stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();

        String page = mvc.perform(get("/gestion/campus/" + campus + "/instances").header("Host", "evil.example").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(">http://localhost:8080/calendrier/" + feed.token() + ".ics<").doesNotContain("evil.example");
    }
}
