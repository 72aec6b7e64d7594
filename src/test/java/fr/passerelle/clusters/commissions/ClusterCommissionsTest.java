package fr.passerelle.clusters.commissions;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.ClusterCommissions;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.governance.CoPiloting.Scope;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Times;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A cluster's employment and training commissions (ADR 0011, « A cluster is a fourth owner »): its staff constitute and
 * run them with the same meetings, attendance, participation and minutes as other bodies; a person sitting on one reads
 * it; the staff of another cluster, campus and regional roles, a member company's people who do not sit on it and
 * anonymous visitors are refused. A cluster's body never counts for a campus, and never has two owners.
 */
@PasserelleIntegrationTest
class ClusterCommissionsTest {

    static final String PAYS_DE_LA_LOIRE = "52";
    static final String PASSWORD = "un mot de passe de commission";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    Clusters clusters;
    @Autowired
    ClusterCommissions commissions;
    @Autowired
    CoPiloting coPiloting;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CommissionsSection section;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    ClusterCard cluster() {
        return ClusterFixtures.cluster(directory, clusters, PAYS_DE_LA_LOIRE, "Cluster naval " + unique());
    }

    /** An account of that role and organisation, bearing that e-mail address; returns its username. */
    String account(Role role, UUID organisation, String email) {
        String username = "commission-" + unique();
        accounts.open(new NewAccount(username, email == null ? username + "@example.fr" : email, "Compte " + username, PASSWORD, role,
                null, null, null, organisation));
        return username;
    }

    UUID person(UUID organisation, String lastName, String email) {
        return directory.addPerson(nationalAdmin(), organisation, new PersonDetails("Camille", lastName, "Responsable RH", email, null)).id();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    static UUID lastId(String redirect) {
        return UUID.fromString(redirect.substring(redirect.lastIndexOf('/') + 1));
    }

    long meetingVersion(UUID meeting) {
        return jdbc.sql("select version from meeting where id = ?").param(meeting).query(Long.class).single();
    }

    long bodyVersion(UUID body) {
        return jdbc.sql("select version from governing_body where id = ?").param(body).query(Long.class).single();
    }

    @Test
    void theClusterStaffConstituteACommissionAppointMembersPlanAMeetingAndRecordItsAttendanceAndMinutes() throws Exception {
        ClusterCard cluster = cluster();
        String staff = account(Role.CLUSTER_STAFF, cluster.id(), null);
        String base = "/gestion/clusters/" + cluster.id() + "/commissions";
        String name = "Commission emploi " + unique();
        String created = mvc.perform(post(base).param("kind", "EMPLOYMENT_COMMISSION").param("name", name).param("meetingsPerYear", "4")
                        .with(as(users, staff)).with(csrf()))
                .andExpect(flash().attribute("success", "La commission « " + name + " » est constituée : ajoutez ses membres."))
                .andReturn().getResponse().getRedirectedUrl();
        UUID body = lastId(created);
        assertThat(created).isEqualTo(base + "/" + body);

        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chaudronnerie", today().minusYears(2));
        UUID hr = person(company, "Emploi" + unique(), null);
        UUID workshop = person(company, "Atelier" + unique(), null);
        for (UUID member : List.of(hr, workshop)) {
            mvc.perform(post(base + "/" + body + "/membres").param("personId", member.toString()).param("startedOn", today().minusMonths(6).toString())
                            .with(as(users, staff)).with(csrf()))
                    .andExpect(flash().attribute("success", "Le membre a été ajouté."));
        }
        mvc.perform(post(base + "/" + body + "/parametres").param("version", Long.toString(bodyVersion(body))).param("chairPersonId", hr.toString()).param("meetingsPerYear", "4")
                        .with(as(users, staff)).with(csrf()))
                .andExpect(flash().attribute("success", "La présidence et la fréquence des réunions sont enregistrées."));
        mvc.perform(get(base + "/" + body).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Commission emploi")))
                .andExpect(content().string(containsString("4 par an")))
                .andExpect(content().string(containsString("id=\"meeting-form\"")));

        // The commission meets today: attendance opens on the meeting's day.
        LocalDateTime start = today().atTime(0, 5);
        String planned = mvc.perform(post(base + "/" + body + "/reunions").param("startsAt", start.toString()).param("endsAt", start.plusHours(2).toString())
                        .param("place", "Technocampus, Bouguenais").param("agenda", "Besoins de recrutement").with(as(users, staff)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID meeting = lastId(planned);
        assertThat(planned).isEqualTo(base + "/reunions/" + meeting);
        mvc.perform(get(base + "/reunions/" + meeting + "/invitation.ics").with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("UID:" + meeting + "@passerelle")));
        mvc.perform(post(base + "/reunions/" + meeting + "/emargement").param("version", Long.toString(meetingVersion(meeting)))
                        .param("presence-" + hr, "PRESENT").param("presence-" + workshop, "EXCUSED").with(as(users, staff)).with(csrf()))
                .andExpect(flash().attribute("success", "L'émargement est enregistré."));
        mvc.perform(post(base + "/reunions/" + meeting + "/compte-rendu").param("version", Long.toString(meetingVersion(meeting)))
                        .param("minutes", "Quarante postes ouverts.").param("decisions", "Job dating en mars.").with(as(users, staff)).with(csrf()))
                .andExpect(flash().attribute("success", "Le compte rendu est enregistré."));

        // The participation rate is governance's one definition: one present out of two members.
        mvc.perform(get(base + "/reunions/" + meeting).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("50 %")))
                .andExpect(content().string(containsString("Job dating en mars.")));
        assertThat(jdbc.sql("select present, members from indicator_source_meeting where meeting_id = ?").param(meeting)
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).single()).isEqualTo("1/2");
        assertThat(audit.history("governing_body", body).stream().map(AuditTrail.Entry::action))
                .contains("INSTANCE_CREEE", "MEMBRE_NOMME", "INSTANCE_MODIFIEE", "REUNION_PLANIFIEE", "EMARGEMENT", "COMPTE_RENDU");

        // The cluster's page offers the commissions to its staff, with the next meeting.
        Actor staffActor = accounts.byUsername(staff).orElseThrow();
        var summary = commissions.summary(staffActor, cluster.id()).orElseThrow();
        assertThat(summary.commissions()).isEqualTo(1);
        assertThat(summary.runs()).isTrue();
        var offered = section.section(staffActor, cluster, clusters.access(staffActor, cluster.id())).orElseThrow();
        assertThat(offered.path()).isEqualTo(base);
        assertThat(offered.title()).isEqualTo("Commissions emploi et formation");
        assertThat(offered.summary()).isEqualTo("1 commission, aucune réunion prévue");
        mvc.perform(get(base).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("id=\"commission-form\"")));
        // The landing page leads the staff to their cluster's commissions.
        mvc.perform(get("/gestion").with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + base + "\"")));
    }

    @Test
    void theStaffOfAnotherClusterCampusAndRegionalRolesAMemberCompanyAndAnonymousVisitorsAreRefused() throws Exception {
        ClusterCard cluster = cluster();
        UUID body = commissions.constitute(nationalAdmin(), cluster.id(), BodyKind.TRAINING_COMMISSION, "Commission formation " + unique(), 3);
        LocalDateTime start = today().plusMonths(1).atTime(10, 0);
        UUID meeting = coPiloting.plan(nationalAdmin(), Scope.cluster(cluster.id()), body,
                new MeetingDetails(start, start.plusHours(2), "Saint-Nazaire", null, null, Visibility.BODY));
        String base = "/gestion/clusters/" + cluster.id() + "/commissions";
        List<String> pages = List.of(base, base + "/" + body, base + "/reunions/" + meeting, base + "/reunions/" + meeting + "/invitation.ics");

        String otherStaff = account(Role.CLUSTER_STAFF, cluster().id(), null);
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Usinage", today().minusYears(1));
        String memberRecruiter = account(Role.COMPANY_RECRUITER, company, null);
        UUID former = ClusterFixtures.company(directory, "Ancien membre");
        clusters.addMember(nationalAdmin(), cluster.id(), former, null, today().minusYears(2), today().minusMonths(1), true);
        String formerRecruiter = account(Role.COMPANY_RECRUITER, former, null);
        for (String refused : List.of(otherStaff, memberRecruiter, formerRecruiter, "direction", "coordination", "conseil-regional", "partenaire",
                "recruteur")) {
            for (String page : pages) {
                mvc.perform(get(page).with(as(users, refused))).andExpect(status().isForbidden());
            }
            mvc.perform(post(base).param("kind", "EMPLOYMENT_COMMISSION").param("name", "Refusée").with(as(users, refused)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base + "/" + body + "/reunions").param("startsAt", "2030-02-05T10:00").param("endsAt", "2030-02-05T12:00")
                    .param("place", "Nantes").with(as(users, refused)).with(csrf())).andExpect(status().isForbidden());
            Actor actor = accounts.byUsername(refused).orElseThrow();
            assertThat(commissions.summary(actor, cluster.id())).as(refused).isEmpty();
            mvc.perform(get("/gestion").with(as(users, refused))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(base))));
            assertThat(section.section(actor, cluster, clusters.access(actor, cluster.id()))).as(refused).isEmpty();
        }
        for (String page : pages) {
            String login = mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            assertThat(login).endsWith("/connexion");
        }
        // The national administrator runs every cluster's commissions; an organisation that is not a cluster has none.
        mvc.perform(get(base + "/" + body).with(as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/clusters/" + company + "/commissions").with(as(users, "admin"))).andExpect(status().isNotFound());
        // A commission of one cluster is not found under another.
        ClusterCard other = cluster();
        mvc.perform(get("/gestion/clusters/" + other.id() + "/commissions/" + body).with(as(users, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aPersonSittingOnACommissionReadsItAndItsMeetingsButNotTheOtherCommissionNorChangesIt() throws Exception {
        ClusterCard cluster = cluster();
        Scope scope = Scope.cluster(cluster.id());
        UUID employment = commissions.constitute(nationalAdmin(), cluster.id(), BodyKind.EMPLOYMENT_COMMISSION, "Commission emploi " + unique(), null);
        UUID training = commissions.constitute(nationalAdmin(), cluster.id(), BodyKind.TRAINING_COMMISSION, "Commission formation " + unique(), null);
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Soudure", today().minusYears(1));
        String email = "rh-" + unique() + "@example.fr";
        UUID sitting = person(company, "Siège" + unique(), email);
        coPiloting.appoint(nationalAdmin(), scope, employment, sitting, today().minusMonths(1), null);
        LocalDateTime start = today().plusDays(20).atTime(9, 0);
        UUID meeting = coPiloting.plan(nationalAdmin(), scope, employment, new MeetingDetails(start, start.plusHours(2), "Nantes", null,
                "Ordre du jour de la commission", Visibility.BODY));
        UUID otherMeeting = coPiloting.plan(nationalAdmin(), scope, training, new MeetingDetails(start, start.plusHours(2), "Nantes", null, null,
                Visibility.BODY));
        String member = account(Role.COMPANY_RECRUITER, company, email);
        String base = "/gestion/clusters/" + cluster.id() + "/commissions";

        mvc.perform(get(base).with(as(users, member))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Commission emploi")))
                .andExpect(content().string(not(containsString(training.toString()))))
                .andExpect(content().string(not(containsString("id=\"commission-form\""))));
        mvc.perform(get(base + "/" + employment).with(as(users, member))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"meeting-form\""))));
        mvc.perform(get(base + "/reunions/" + meeting).with(as(users, member))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ordre du jour de la commission")))
                .andExpect(content().string(not(containsString("id=\"save-attendance\""))));
        mvc.perform(get(base + "/reunions/" + meeting + "/invitation.ics").with(as(users, member))).andExpect(status().isOk());
        mvc.perform(get(base + "/" + training).with(as(users, member))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/reunions/" + otherMeeting).with(as(users, member))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + employment + "/reunions").param("startsAt", "2030-02-05T10:00").param("endsAt", "2030-02-05T12:00")
                .param("place", "Nantes").with(as(users, member)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/reunions/" + meeting + "/emargement").param("version", Long.toString(meetingVersion(meeting)))
                .param("presence-" + sitting, "PRESENT").with(as(users, member)).with(csrf())).andExpect(status().isForbidden());
        // The landing page lists the commission they sit on, not the other one.
        mvc.perform(get("/gestion").with(as(users, member))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + base + "/" + employment + "\"")))
                .andExpect(content().string(not(containsString(training.toString()))));
        var summary = commissions.summary(accounts.byUsername(member).orElseThrow(), cluster.id()).orElseThrow();
        assertThat(summary.commissions()).isEqualTo(1);
        assertThat(summary.runs()).isFalse();
        assertThat(summary.nextMeeting()).isEqualTo(start);
    }

    @Test
    void aClusterCommissionNeverAppearsInACampusBodiesCalendarOrIndicators() throws Exception {
        ClusterCard cluster = cluster();
        Scope scope = Scope.cluster(cluster.id());
        String name = "Commission emploi " + unique();
        UUID body = commissions.constitute(nationalAdmin(), cluster.id(), BodyKind.EMPLOYMENT_COMMISSION, name, 2);
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Découpe", today().minusYears(1));
        UUID present = person(company, "Présente" + unique(), null);
        coPiloting.appoint(nationalAdmin(), scope, body, present, today().minusMonths(3), null);
        LocalDateTime start = today().atTime(0, 10);
        UUID meeting = coPiloting.plan(nationalAdmin(), scope, body, new MeetingDetails(start, start.plusHours(1), "Nantes", null, null, Visibility.BODY));
        coPiloting.recordOutcome(nationalAdmin(), scope, meeting, Map.of(present, AttendanceStatus.PRESENT), "Compte rendu", null);

        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        mvc.perform(get("/gestion/campus/" + campus + "/instances").with(as(users, "direction"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/gestion/campus/" + campus + "/calendrier").with(as(users, "direction"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        // The views published for indicators carry the meeting without a campus, so no campus's figures count it.
        assertThat(jdbc.sql("select count(*) from indicator_source_meeting where meeting_id = ? and campus_id is null").param(meeting)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from indicator_source_meeting where meeting_id = ? and campus_id is not null").param(meeting)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from indicator_source_attendance where meeting_id = ? and campus_id is not null").param(meeting)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from indicator_source_attendance where meeting_id = ?").param(meeting)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCommissionKindBelongsToAClusterOnlyAndACampusOrRegionalKindIsRefusedToACluster() throws Exception {
        ClusterCard cluster = cluster();
        assertThatThrownBy(() -> commissions.constitute(nationalAdmin(), cluster.id(), BodyKind.STEERING, "COPIL du cluster", null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> commissions.constitute(nationalAdmin(), cluster.id(), BodyKind.REGIONAL_CELL, "Cellule du cluster", null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> coPiloting.constitute(nationalAdmin(), PAYS_DE_LA_LOIRE, BodyKind.EMPLOYMENT_COMMISSION, "Commission régionale"))
                .isInstanceOf(BusinessRuleException.class);
        String staff = account(Role.CLUSTER_STAFF, cluster.id(), null);
        mvc.perform(post("/gestion/clusters/" + cluster.id() + "/commissions").param("kind", "REGIONAL_CELL").param("name", "Cellule")
                        .param("meetingsPerYear", "60").with(as(users, staff)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le type de commission.")))
                .andExpect(content().string(containsString("Le nombre de réunions par an")))
                .andExpect(content().string(containsString("value=\"Cellule\"")));
        assertThatThrownBy(() -> commissions.constitute(accounts.byUsername("coordination").orElseThrow(), cluster.id(),
                BodyKind.EMPLOYMENT_COMMISSION, "Refusée", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseRefusesABodyWithTwoOwners() {
        ClusterCard cluster = cluster();
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into governing_body (id, campus_id, cluster_id, kind, name, created_at) values (?, ?, ?, 'EMPLOYMENT_COMMISSION', 'Deux propriétaires', ?)""")
                .params(UUID.randomUUID(), campus, cluster.id(), Timestamp.from(Instant.now(clock))).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into governing_body (id, kind, name, created_at) values (?, 'EMPLOYMENT_COMMISSION', 'Sans propriétaire', ?)""")
                .params(UUID.randomUUID(), Timestamp.from(Instant.now(clock))).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("insert into governing_body (id, cluster_id, kind, name, created_at) values (?, ?, 'TRAINING_COMMISSION', 'Un propriétaire', ?)")
                .params(UUID.randomUUID(), cluster.id(), Timestamp.from(Instant.now(clock))).update();
    }
}
