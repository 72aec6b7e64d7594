package fr.passerelle.clusters.support;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.TestMails;
import fr.passerelle.TestSmtp;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrSupport;
import fr.passerelle.clusters.SupportEventDetails;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Times;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A cluster's HR events on the real database: the people of active members register (accepting the charter) within
 * capacity and get the event by e-mail; the staff record attendance; attendees answer; non-members, ex-members and
 * other clusters' staff are refused; the iCal files hold the events.
 */
@PasserelleIntegrationTest
class HrSupportTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    HrSupport support;
    @Autowired
    SupportEvents events;
    @Autowired
    SupportProgrammes programmes;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Times.current().zone())).withSecond(0).withNano(0);
    }

    private LocalDate today() {
        return now().toLocalDate();
    }

    /** A cluster with one active member company, one former member and one company that never joined. */
    record World(ClusterCard cluster, UUID member, UUID former, UUID stranger, Actor staff) {
    }

    private World world() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster accompagnement");
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chaudronnerie adhérente", today().minusYears(1));
        UUID former = ClusterFixtures.company(directory, "Ancienne adhérente");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), former, null, today().minusYears(3), today().minusDays(1), true);
        UUID stranger = ClusterFixtures.company(directory, "Jamais adhérente");
        return new World(cluster, member, former, stranger, TestActors.clusterStaffOf(cluster.id()));
    }

    private static SupportEventDetails details(String title, LocalDateTime start, int capacity, String charter) {
        return new SupportEventDetails(SupportEventKind.CLUB, title, "Gestion du temps et des priorités", null, start, start.plusHours(2),
                "Salle du cluster, Nantes", false, capacity, charter, charter == null ? null : "Ce qui se dit au club reste au club.",
                "Une animatrice spécialisée", List.of());
    }

    private static Actor person(Role role, UUID organisation, String email) {
        return new Actor(UUID.randomUUID(), email, "Personne " + email, role, null, null, null, organisation, email);
    }

    private Actor account(Role role, UUID organisation) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("rh-" + key, "rh-" + key + "@exemple.fr", "Camille " + key, "une phrase assez longue", role,
                null, null, null, organisation));
    }

    private String path(ClusterCard cluster, UUID event) {
        return "/gestion/clusters/" + cluster.id() + "/accompagnement/evenements/" + event;
    }

    private List<MimeMessage> mailsTo(String email, int expectedInAll) {
        assertThat(smtp.waitForIncomingEmail(30_000, expectedInAll)).as("%d e-mails arrive", expectedInAll).isTrue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aMembersRecruiterRegistersAcceptingTheCharterAndGetsTheEventByEmail() throws Exception {
        World w = world();
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Club des managers", now().plusDays(10), 12, "Assiduité et bienveillance."));
        Actor recruiter = account(Role.COMPANY_RECRUITER, w.member());

        mvc.perform(get(path(w.cluster(), event)).with(as(users, recruiter.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ce qui se dit au club reste au club.")))
                .andExpect(content().string(Matchers.containsString("M’inscrire")));
        mvc.perform(post(path(w.cluster(), event) + "/inscriptions").with(as(users, recruiter.username())).with(csrf())
                        .param("fullName", "Camille Martin").param("email", recruiter.email()).param("charterAccepted", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", Matchers.containsString("Camille Martin est inscrit·e")));

        var row = jdbc.sql("select organisation_id, account_id, charter_accepted_at is not null as accepted from support_registration where event_id = ?")
                .param(event).query((rs, n) -> List.of(rs.getObject(1), rs.getObject(2), rs.getBoolean(3))).single();
        assertThat(row).containsExactly(w.member(), recruiter.accountId(), true);
        List<MimeMessage> mails = mailsTo(recruiter.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Inscription confirmée : Club des managers");
        assertThat(TestMails.text(mails.get(0))).contains("Ce qui se dit au club reste au club.");
        var ics = TestMails.attachments(mails.get(0)).get(0);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.text()).contains("BEGIN:VEVENT", "SUMMARY:Club — Club des managers", "LOCATION:Salle du cluster\\, Nantes");
        assertThat(audit.history(SupportEvents.AUDITED, event)).extracting(AuditTrail.Entry::action).contains("EVENEMENT_PLANIFIE", "INSCRIPTION");
    }

    @Test
    void aRegistrationWithoutAcceptingTheCharterIsRefusedOnItsCheckbox() throws Exception {
        World w = world();
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Club des assistantes", now().plusDays(10), 12, "Charte du club."));
        Actor recruiter = account(Role.COMPANY_RECRUITER, w.member());

        mvc.perform(post(path(w.cluster(), event) + "/inscriptions").with(as(users, recruiter.username())).with(csrf())
                        .param("fullName", "Camille Martin").param("email", recruiter.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"charterAccepted-error\"")))
                .andExpect(content().string(Matchers.containsString("Acceptez la charte")));
        assertThat(jdbc.sql("select count(*) from support_registration where event_id = ?").param(event).query(Long.class).single()).isZero();
    }

    @Test
    void theCapacityIsEnforcedAndACancelledRegistrationFreesItsPlace() {
        World w = world();
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Atelier entretiens", now().plusDays(5), 2, null));
        support.register(w.staff(), event, w.member(), "Alex Un", "un@exemple.fr", false);
        UUID second = support.register(person(Role.COMPANY_RECRUITER, w.member(), "deux@exemple.fr"), event, w.member(), "Alex Deux", "deux@exemple.fr", false);

        assertThatThrownBy(() -> support.register(w.staff(), event, w.member(), "Alex Trois", "trois@exemple.fr", false))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("complet (2 places)");
        assertThatThrownBy(() -> support.register(w.staff(), event, w.member(), "Alex Un bis", "UN@exemple.fr", false))
                .isInstanceOf(BusinessRuleException.class);

        events.cancelRegistration(w.staff(), event, second);
        support.register(w.staff(), event, w.member(), "Alex Trois", "trois@exemple.fr", false);
        assertThat(jdbc.sql("select count(*) from support_registration where event_id = ? and cancelled_at is null").param(event)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void nonMembersExMembersAndOtherClustersStaffAreRefused() throws Exception {
        World w = world();
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Petit-déjeuner RH", now().plusDays(5), 20, null));
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "11", "Autre cluster");

        for (Actor outsider : List.of(person(Role.COMPANY_RECRUITER, w.former(), "ex@exemple.fr"),
                person(Role.COMPANY_RECRUITER, w.stranger(), "jamais@exemple.fr"), TestActors.clusterStaffOf(other.id()))) {
            assertThatThrownBy(() -> events.page(outsider, w.cluster().id(), event)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.register(outsider, event, outsider.organisationId(), "X", "x@exemple.fr", false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.calendar(outsider, w.cluster().id(), YearMonth.from(now()), 0, 20))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // a member's recruiter registers nobody of another company, and the staff nobody of a former member
        Actor recruiter = person(Role.COMPANY_RECRUITER, w.member(), "membre@exemple.fr");
        assertThatThrownBy(() -> support.register(recruiter, event, w.stranger(), "X", "x@exemple.fr", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> support.register(w.staff(), event, w.former(), "X", "x@exemple.fr", false))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("adhérents actifs");
        // members do not manage
        assertThatThrownBy(() -> support.planEvent(recruiter, w.cluster().id(), details("Intrus", now().plusDays(5), 5, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.cancelEvent(recruiter, event, 0, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMembersPersonSeesTheirCompanysRegistrationsOnly() {
        World w = world();
        UUID otherMember = ClusterFixtures.memberCompany(directory, clusters, w.cluster().id(), "Autre adhérente", today().minusYears(1));
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Conférence recrutement", now().plusDays(5), 20, null));
        support.register(w.staff(), event, w.member(), "Alex Adhérent", "alex@exemple.fr", false);
        support.register(w.staff(), event, otherMember, "Sam Autre", "sam@exemple.fr", false);

        var page = events.page(person(Role.COMPANY_RECRUITER, w.member(), "lecteur@exemple.fr"), w.cluster().id(), event);
        assertThat(page.registrations()).extracting(SupportViews.Registration::fullName).containsExactly("Alex Adhérent");
        assertThat(page.manages()).isFalse();
        assertThat(events.page(w.staff(), w.cluster().id(), event).registrations()).hasSize(2);
    }

    @Test
    void theStaffRecordAttendanceAndOnlyAttendeesAnswerWithResultsMaskedUnderThreeAnswers() {
        World w = world();
        LocalDateTime start = now().minusDays(2);
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Petit-déjeuner passé", start, 20, null));
        Actor[] people = new Actor[4];
        UUID[] registrations = new UUID[4];
        Replay.at(Clock.offset(clock, Duration.ofDays(-5)), () -> {
            for (int i = 0; i < 4; i++) {
                people[i] = person(Role.COMPANY_RECRUITER, w.member(), "participant" + i + "-" + event + "@exemple.fr");
                registrations[i] = support.register(people[i], event, w.member(), "Participant " + i, people[i].email(), false);
            }
            return null;
        });
        long version = events.editable(w.staff(), w.cluster().id(), event).version();
        support.recordAttendance(w.staff(), event, version, Set.of(registrations[0], registrations[1], registrations[2]));
        assertThatThrownBy(() -> support.recordAttendance(w.staff(), event, version, Set.of())).isInstanceOf(ConcurrentEditException.class);

        assertThatThrownBy(() -> support.answerSatisfaction(people[3], registrations[3], 5, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("venues");
        assertThatThrownBy(() -> support.answerSatisfaction(people[1], registrations[0], 5, null)).isInstanceOf(AccessDeniedException.class);
        support.answerSatisfaction(people[0], registrations[0], 5, "Très concret");
        support.answerSatisfaction(people[1], registrations[1], 4, null);
        var masked = events.page(w.staff(), w.cluster().id(), event).satisfaction();
        assertThat(masked.shown()).isFalse();
        assertThat(masked.comments()).isEmpty();

        support.answerSatisfaction(people[2], registrations[2], 3, "Un peu court");
        var shown = events.page(w.staff(), w.cluster().id(), event);
        assertThat(shown.satisfaction().shown()).isTrue();
        assertThat(shown.satisfaction().averageText()).isEqualTo("4,0");
        assertThat(shown.satisfaction().comments()).containsExactly("Très concret", "Un peu court");
        assertThat(shown.present()).isEqualTo(3);
        assertThat(audit.history(SupportEvents.AUDITED, event)).extracting(AuditTrail.Entry::action).contains("PRESENCE", "AVIS");
    }

    @Test
    void theFeedWithItsSecretLinkAndEachEventsFileHoldTheClustersEvents() throws Exception {
        World w = world();
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Séminaire gestion du stress", now().plusDays(20), 30, null));
        String token = events.issueFeed(w.staff(), w.cluster().id());

        mvc.perform(get("/clusters/accompagnement/agenda/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/calendar")))
                .andExpect(content().string(Matchers.containsString("UID:cluster-event-" + event + "@passerelle")))
                .andExpect(content().string(Matchers.containsString("X-WR-CALNAME:Accompagnement RH")));
        String replaced = events.issueFeed(w.staff(), w.cluster().id());
        mvc.perform(get("/clusters/accompagnement/agenda/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/clusters/accompagnement/agenda/" + replaced + ".ics")).andExpect(status().isOk());

        Actor recruiter = account(Role.COMPANY_RECRUITER, w.member());
        mvc.perform(get(path(w.cluster(), event) + "/evenement.ics").with(as(users, recruiter.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SUMMARY:Club — Séminaire gestion du stress")));
        Actor outsider = account(Role.COMPANY_RECRUITER, w.stranger());
        mvc.perform(get(path(w.cluster(), event) + "/evenement.ics").with(as(users, outsider.username()))).andExpect(status().isForbidden());
    }

    @Test
    void cancellingAnEventTellsTheRegisteredByEmailAndClosesRegistrations() throws Exception {
        World w = world();
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Atelier annulé", now().plusDays(8), 10, null));
        String email = "annulation-" + event + "@exemple.fr";
        support.register(w.staff(), event, w.member(), "Dominique Annule", email, false);
        long version = events.editable(w.staff(), w.cluster().id(), event).version();

        events.cancelEvent(w.staff(), event, version, "Intervenant indisponible");

        assertThat(smtp.waitForIncomingEmail(30_000, 2)).isTrue();
        List<MimeMessage> mails = mailsTo(email, 2);
        assertThat(mails).extracting(MimeMessage::getSubject).contains("Annulé : Atelier annulé");
        MimeMessage cancellation = mails.stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Annulé");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(TestMails.text(cancellation)).contains("Intervenant indisponible");
        assertThat(TestMails.attachments(cancellation).get(0).text()).contains("STATUS:CANCELLED");
        assertThatThrownBy(() -> support.register(w.staff(), event, w.member(), "Trop tard", "tard@exemple.fr", false))
                .hasMessageContaining("annulé");
    }

    @Test
    void membersFindTheUpcomingEventsOnTheirLandingPageAndTheClusterPageOffersTheSection() throws Exception {
        World w = world();
        UUID event = support.planEvent(w.staff(), w.cluster().id(), details("Club des chefs d équipe à venir", now().plusDays(4), 12, null));
        Actor recruiter = account(Role.COMPANY_RECRUITER, w.member());
        support.register(recruiter, event, w.member(), "Camille Accueil", recruiter.email(), false);

        assertThat(support.upcoming(recruiter, 50)).filteredOn(e -> e.id().equals(event)).singleElement()
                .satisfies(e -> {
                    assertThat(e.registered()).isTrue();
                    assertThat(e.seatsLeft()).isEqualTo(11);
                    assertThat(e.path()).isEqualTo(path(w.cluster(), event));
                });
        assertThat(support.upcoming(person(Role.COMPANY_RECRUITER, w.stranger(), "x@exemple.fr"), 50)).noneMatch(e -> e.id().equals(event));
        mvc.perform(get("/gestion").with(as(users, recruiter.username()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Club des chefs d équipe à venir")));

        var section = new SupportSection(events, programmes).section(w.staff(), w.cluster(), clusters.access(w.staff(), w.cluster().id()));
        assertThat(section).get().satisfies(s -> {
            assertThat(s.path()).isEqualTo("/gestion/clusters/" + w.cluster().id() + "/accompagnement");
            assertThat(s.summary()).startsWith("1 événement à venir").endsWith("aucun programme en cours");
        });
        assertThat(new SupportSection(events, programmes).section(TestActors.clusterStaffOf(UUID.randomUUID()), w.cluster(), fr.passerelle.clusters.ClusterAccess.PUBLIC))
                .isEmpty();
    }
}
