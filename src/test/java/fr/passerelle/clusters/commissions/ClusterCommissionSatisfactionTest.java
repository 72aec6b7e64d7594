package fr.passerelle.clusters.commissions;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestAccounts;
import fr.passerelle.TestSmtp;
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
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Times;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A cluster's commission meeting has the satisfaction survey a campus's meetings have (the same personal links and
 * page): once it has ended, the cluster's staff send it to the members who attended, who answer without logging in;
 * the meeting shows the average; a member company's person who does not run the commissions cannot send it.
 */
@PasserelleIntegrationTest
class ClusterCommissionSatisfactionTest {

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
    Clusters clusters;
    @Autowired
    ClusterCommissions commissions;
    @Autowired
    CoPiloting coPiloting;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    String account(Role role, UUID organisation) {
        return TestAccounts.open(accounts, "satisf", role, organisation);
    }

    @Test
    void theClusterStaffSendTheSurveyOfAnEndedCommissionMeetingAndItsMembersAnswer() throws Exception {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster satisfait " + unique());
        Scope scope = Scope.cluster(cluster.id());
        UUID body = commissions.constitute(nationalAdmin(), cluster.id(), BodyKind.EMPLOYMENT_COMMISSION, "Commission emploi " + unique(), 4);
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Soudure " + unique(), today().minusYears(1));
        UUID present = directory.addPerson(nationalAdmin(), company, new PersonDetails("Paula", "Présente", "DRH", "paula." + unique() + "@example.fr", null)).id();
        UUID absent = directory.addPerson(nationalAdmin(), company, new PersonDetails("Rémi", "Absent", "Chef d'atelier", "remi." + unique() + "@example.fr", null)).id();
        coPiloting.appoint(nationalAdmin(), scope, body, present, today().minusMonths(3), null);
        coPiloting.appoint(nationalAdmin(), scope, body, absent, today().minusMonths(3), null);
        LocalDateTime start = today().minusDays(2).atTime(9, 30);
        UUID meeting = coPiloting.plan(nationalAdmin(), scope, body, new MeetingDetails(start, start.plusHours(2), "Nantes", null, null, Visibility.BODY));
        coPiloting.recordOutcome(nationalAdmin(), scope, meeting, Map.of(present, AttendanceStatus.PRESENT, absent, AttendanceStatus.EXCUSED),
                "Compte rendu", null);
        String staff = account(Role.CLUSTER_STAFF, cluster.id());
        String recruiter = account(Role.COMPANY_RECRUITER, company);
        String page = "/gestion/clusters/" + cluster.id() + "/commissions/reunions/" + meeting;

        mvc.perform(get(page).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Satisfaction des membres")))
                .andExpect(content().string(containsString("id=\"send-survey\"")));
        mvc.perform(post(page + "/satisfaction").with(as(users, recruiter)).with(csrf())).andExpect(status().isForbidden());
        assertThat(smtp.getReceivedMessages()).isEmpty();

        mvc.perform(post(page + "/satisfaction").with(as(users, staff)).with(csrf()))
                .andExpect(flash().attribute("success", "Questionnaire envoyé à 1 membre(s) : Paula Présente."));
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(GreenMailUtil.getHeaders(messages[0])).doesNotContain("remi.");
        String token = token(GreenMailUtil.getBody(messages[0]));

        mvc.perform(get("/satisfaction/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString(cluster.name())));
        mvc.perform(post("/satisfaction/" + token).param("score", "4").param("comment", "Utile").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(users, staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("4,0 / 5")))
                .andExpect(content().string(containsString("1 réponse(s) sur 1 questionnaire(s) envoyé(s)")));
        mvc.perform(post(page + "/satisfaction").with(as(users, staff)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("(déjà sollicité·e)")));
        assertThat(audit.history("governing_body", body)).extracting(AuditTrail.Entry::action).contains("SATISFACTION_ENVOYEE");
    }

    private static String token(String body) {
        var matcher = Pattern.compile("/satisfaction/([A-Za-z0-9_-]{40,})").matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a survey link in: %s", body).isTrue();
        return matcher.group(1);
    }
}
