package fr.passerelle.governance.calendar;

import fr.passerelle.platform.Times;
import static fr.passerelle.governance.GovernanceFixtures.director;
import fr.passerelle.governance.GoverningBodies;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import java.time.Clock;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
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

/**
 * The calendar of a campus shows each reader what they may see: the team everything, partners the public and
 * partner items, a body's members that body's meetings too, the public only public items (page and iCal feed).
 */
@PasserelleIntegrationTest
class CampusCalendarTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    GoverningBodies governance;
    @Autowired
    Clock clock;
    @Autowired
    CampusRegistry registry;

    /** Two months from now: the items planned then are still to come. */
    YearMonth month() {
        return YearMonth.now(clock.withZone(Times.DEFAULT_ZONE)).plusMonths(2);
    }
    final String tag = UUID.randomUUID().toString().substring(0, 6);

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    UUID plan(UUID body, int day, String place, Visibility visibility) {
        LocalDateTime start = month().atDay(day).atTime(14, 0);
        return governance.plan(director(campus()), campus(), body, new MeetingDetails(start, start.plusHours(2), place, null, null, visibility));
    }

    String listView(String username) throws Exception {
        return mvc.perform(get("/gestion/campus/" + campus() + "/calendrier").param("vue", "liste").param("mois", month().toString())
                        .with(as(users, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachReaderSeesTheMeetingsOpenToThem() throws Exception {
        UUID body = governance.constitute(director(campus()), campus(), BodyKind.STEERING, "Copil " + tag);
        UUID otherBody = governance.constitute(director(campus()), campus(), BodyKind.WORKING_GROUP, "Groupe de travail " + tag);
        plan(body, 3, "Forum ouvert " + tag, Visibility.PUBLIC);
        plan(body, 10, "Réunion des partenaires " + tag, Visibility.PARTNERS);
        var restricted = plan(body, 17, "Huis clos du copil " + tag, Visibility.BODY);
        plan(otherBody, 24, "Huis clos du groupe " + tag, Visibility.BODY);

        assertThat(listView("direction")).contains("Forum ouvert " + tag, "Réunion des partenaires " + tag,
                "Huis clos du copil " + tag, "Huis clos du groupe " + tag);
        assertThat(listView("referent")).contains("Huis clos du copil " + tag);

        String partner = listView("partenaire");
        assertThat(partner).contains("Forum ouvert " + tag, "Réunion des partenaires " + tag).doesNotContain("Huis clos");
        mvc.perform(get("/gestion/campus/" + campus() + "/reunions/" + restricted).with(as(users, "partenaire")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/gestion/campus/" + campus() + "/instances").with(as(users, "partenaire")))
                .andExpect(content().string(not(containsString(restricted.toString()))));

        // Once the partner's account sits on the copil (a person with its e-mail is a member), its meetings open to it.
        String email = accounts.byUsername("partenaire").orElseThrow().email();
        Contact person = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), accounts.byUsername("partenaire").orElseThrow().organisationId(),
                new PersonDetails("Paul", "Partenaire", null, email, null));
        governance.appoint(director(campus()), campus(), body, person.id());
        assertThat(listView("partenaire")).contains("Huis clos du copil " + tag).doesNotContain("Huis clos du groupe " + tag);
        mvc.perform(get("/gestion/campus/" + campus() + "/reunions/" + restricted).with(as(users, "partenaire")))
                .andExpect(status().isOk());
    }

    @Test
    void theMonthViewLaysTheMonthOutWeekByWeek() throws Exception {
        UUID body = governance.constitute(director(campus()), campus(), BodyKind.TECHNICAL, "Comité technique " + tag);
        plan(body, 12, "Atelier " + tag, Visibility.PARTNERS);
        LocalDate first = month().atDay(1);
        mvc.perform(get("/gestion/campus/" + campus() + "/calendrier").param("mois", month().toString()).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-date=\"" + month().atDay(12) + "\"")))
                .andExpect(content().string(containsString("Comité technique " + tag)))
                .andExpect(content().string(containsString("data-date=\"" + first.with(java.time.DayOfWeek.MONDAY) + "\"")))
                .andExpect(content().string(containsString("mois=" + month().minusMonths(1))));
        // A month that is not one falls back to the current month rather than failing.
        mvc.perform(get("/gestion/campus/" + campus() + "/calendrier").param("mois", "treizième").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-date=\"" + LocalDate.now(clock.withZone(Times.DEFAULT_ZONE)) + "\"")));
    }

    @Test
    void thePublicSeesOnlyPublicItemsOnThePageAndInTheFeed() throws Exception {
        UUID body = governance.constitute(director(campus()), campus(), BodyKind.STRATEGIC, "Comité d'orientation " + tag);
        plan(body, 5, "Amphithéâtre " + tag, Visibility.PUBLIC);
        plan(body, 6, "Salle des partenaires " + tag, Visibility.PARTNERS);
        String slug = registry.byId(campus()).orElseThrow().slug();

        String ics = mvc.perform(get("/campus/" + slug + "/agenda.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        List<String> places = events.stream().map(e -> e.getProperty(Property.LOCATION).map(Property::getValue).orElse("")).toList();
        assertThat(places).contains("Amphithéâtre " + tag).doesNotContain("Salle des partenaires " + tag);
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.CLASS).orElseThrow().getValue()).isEqualTo("PUBLIC"));

        mvc.perform(get("/campus/" + slug))
                .andExpect(content().string(containsString("Amphithéâtre " + tag)))
                .andExpect(content().string(not(containsString("Salle des partenaires " + tag))))
                .andExpect(content().string(containsString("/campus/" + slug + "/agenda.ics")));
        mvc.perform(get("/campus/inconnu/agenda.ics")).andExpect(status().isNotFound());
    }

    @Test
    void theCalendarIsKeptToThoseWhoMayReadTheCampus() throws Exception {
        mvc.perform(get("/gestion/campus/" + campus() + "/calendrier").with(as(users, "recruteur"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/campus/" + campus() + "/calendrier")).andExpect(status().is3xxRedirection());
    }
}
