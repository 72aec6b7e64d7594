package fr.passerelle.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.TestMails;
import fr.passerelle.TestSmtp;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferDetails;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import fr.passerelle.jobs.JobOffers;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Times;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A candidate's alerts: saving needs the consent to alerts; each morning the new offers of the search are e-mailed
 * once (neither older nor non-matching ones, nothing when nothing is new, nothing after the consent is withdrawn); the
 * unsubscribe link works once; another candidate never sees or changes my alerts; erasing the candidate erases them.
 */
@PasserelleIntegrationTest
class CandidateAlertsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final int WELDER = 404475; // Soudeur / Soudeuse (H2913)
    static final int COOK = 13861; // Cuisinier / Cuisinière (G1602)

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JobOffers offers;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    AlertSending sending;
    @Autowired
    Clock clock;

    String key;
    UUID company;
    Actor recruiter;
    LocalDate today;

    @BeforeEach
    void setUp() {
        key = "k" + UUID.randomUUID().toString().substring(0, 7);
        today = LocalDate.now(clock.withZone(Times.current().zone()));
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster des alertes " + key, Sector.MOBILITY);
        company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chantier " + key, today.minusYears(1));
        recruiter = TestActors.recruiterOf(company);
    }

    UUID publish(String title, int jobTitle) {
        UUID id = offers.draft(recruiter, company, null, new JobOfferDetails(title, "Poste en atelier.", jobTitle, JobOfferContract.CDI, null,
                JobOfferWorkingTime.FULL_TIME, 35, "44184", JobOfferLevel.LEVEL_3, 26000, 32000, null, 1, "rh@example.fr", null, null));
        offers.publish(recruiter, id);
        return id;
    }

    Actor candidate(String name) {
        String k = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("candidat-" + k, name.toLowerCase().replace(' ', '.') + "." + k + "@example.fr", name + " " + k,
                "une phrase de passe assez longue", Role.CANDIDATE, null, null, null, null));
    }

    RequestPostProcessor as(Actor actor) {
        return TestActors.as(users, actor.username());
    }

    void consent(Actor actor, boolean given) throws Exception {
        mvc.perform(post("/candidat/consentements/alertes").param("given", String.valueOf(given)).with(as(actor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    UUID save(Actor actor, String name, String search) throws Exception {
        mvc.perform(post("/candidat/alertes").param("name", name).param("search", search).with(as(actor)).with(csrf()))
                .andExpect(redirectedUrl("/candidat/alertes"));
        return jdbc.sql("select a.id from candidate_alert a join candidate c on c.id = a.candidate_id where c.account_id = ? and a.name = ?")
                .params(actor.accountId(), name).query(UUID.class).single();
    }

    List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    int alertsOf(Actor actor) {
        return jdbc.sql("select count(*) from candidate_alert a join candidate c on c.id = a.candidate_id where c.account_id = ?")
                .param(actor.accountId()).query(Integer.class).single();
    }

    @Test
    void savingWithoutTheConsentToAlertsIsRefusedWithAMessagePointingToIt() throws Exception {
        Actor lou = candidate("Lou Sansaccord");
        mvc.perform(get("/candidat/alertes/nouvelle").param("q", key).param("metier", "H2913").with(as(lou)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre consentement est nécessaire")))
                .andExpect(content().string(containsString("métier H2913")));
        mvc.perform(post("/candidat/alertes").param("name", "Soudure").param("search", "q=" + key + "&metier=H2913").with(as(lou)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("donnez d’abord votre consentement « Alertes »")))
                .andExpect(content().string(containsString("value=\"Soudure\"")));
        assertThat(alertsOf(lou)).isZero();
    }

    @Test
    void newMatchingOffersAreMailedOnceAndNeitherOlderNorNonMatchingOnes() throws Exception {
        Replay.at(Clock.offset(clock, Duration.ofDays(-5)), () -> publish("Soudeur ancien " + key, WELDER));
        Actor eli = candidate("Eli Alerte");
        consent(eli, true);
        mvc.perform(get("/offres").param("q", key).param("metier", "H2913").with(as(eli)))
                .andExpect(content().string(containsString("/candidat/alertes/nouvelle?q=" + key + "&amp;metier=H2913")));
        UUID alert = save(eli, "Soudure à Saint-Nazaire", "q=" + key + "&metier=H2913");
        publish("Soudeur naval " + key, WELDER);
        publish("Cuisinier de chantier " + key, COOK);

        assertThat(sending.runFor(today).mailed()).as("what was published today waits for tomorrow").isZero();
        AlertSending.Run tomorrow = sending.runFor(today.plusDays(1));
        assertThat(tomorrow.mailed()).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mails = mailsTo(eli.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("[Passerelle] 1 nouvelle offre pour votre alerte « Soudure à Saint-Nazaire »");
        String text = TestMails.text(mails.get(0));
        assertThat(text).contains("Soudeur naval " + key, "/offres?q=" + key + "&metier=H2913", "/alertes/desabonnement/")
                .doesNotContain("Soudeur ancien", "Cuisinier");

        sending.runFor(today.plusDays(1));
        sending.runFor(today.plusDays(2));
        assertThat(mailsTo(eli.email())).as("each offer once, nothing when nothing is new").hasSize(1);
        assertThat(jdbc.sql("select last_sent_at is not null from candidate_alert where id = ?").param(alert).query(Boolean.class).single()).isTrue();
    }

    @Test
    void nothingIsSentWhenNothingIsNew() throws Exception {
        Actor max = candidate("Max Rien");
        consent(max, true);
        save(max, "Rien de neuf", "q=" + key + "introuvable");
        publish("Soudeur naval " + key, WELDER);
        sending.runFor(today.plusDays(1));
        assertThat(mailsTo(max.email())).isEmpty();
    }

    @Test
    void withdrawingTheConsentStopsEveryAlertAtOnce() throws Exception {
        Actor ana = candidate("Ana Retrait");
        consent(ana, true);
        save(ana, "Soudure", "q=" + key + "&metier=H2913");
        save(ana, "Tout le chantier", "q=" + key);
        publish("Soudeur naval " + key, WELDER);

        consent(ana, false);
        mvc.perform(get("/candidat/alertes").with(as(ana))).andExpect(content().string(containsString("Aucune alerte n’est envoyée")))
                .andExpect(content().string(containsString("Suspendue (consentement)")));
        sending.runFor(today.plusDays(1));
        assertThat(mailsTo(ana.email())).as("no e-mail after withdrawal").isEmpty();

        consent(ana, true);
        sending.runFor(today.plusDays(2));
        assertThat(mailsTo(ana.email())).as("what was published without consent is never sent later").isEmpty();
    }

    @Test
    void theUnsubscribeLinkOfTheEmailWorksOnce() throws Exception {
        Actor noe = candidate("Noe Desabo");
        consent(noe, true);
        UUID alert = save(noe, "Soudure du matin", "q=" + key);
        publish("Soudeur naval " + key, WELDER);
        sending.runFor(today.plusDays(1));
        Matcher link = Pattern.compile("(/alertes/desabonnement/[0-9a-f]{64})").matcher(TestMails.text(mailsTo(noe.email()).get(0)));
        assertThat(link.find()).isTrue();

        mvc.perform(get(link.group(1))).andExpect(status().isOk()).andExpect(content().string(containsString("Soudure du matin")));
        assertThat(alertsOf(noe)).as("a GET changes nothing").isOne();
        mvc.perform(post(link.group(1)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Désabonnement confirmé")));
        assertThat(alertsOf(noe)).isZero();
        mvc.perform(post(link.group(1)).with(csrf())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("sans effet")));
        mvc.perform(get(link.group(1))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'candidate_alert' and entity_id = ? and action = 'ALERTE_DESABONNEMENT'")
                .param(alert).query(Integer.class).single()).isOne();
    }

    @Test
    void aCandidateRenamesPausesResumesAndDeletesAfterConfirmationAuditedWithoutTheName() throws Exception {
        Actor ilo = candidate("Ilo Gestion");
        consent(ilo, true);
        String secret = "Nom-" + key;
        UUID alert = save(ilo, secret, "q=" + key);
        mvc.perform(get("/candidat/alertes").with(as(ilo))).andExpect(content().string(containsString(secret)))
                .andExpect(content().string(containsString("« " + key + " »")));
        mvc.perform(post("/candidat/alertes/" + alert).param("name", " ").param("version", "0").with(as(ilo)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Donnez un nom à votre alerte.")));
        mvc.perform(post("/candidat/alertes/" + alert).param("name", secret + "-bis").param("version", "0").with(as(ilo)).with(csrf()))
                .andExpect(redirectedUrl("/candidat/alertes"));
        mvc.perform(post("/candidat/alertes/" + alert).param("name", "Périmé").param("version", "0").with(as(ilo)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("modifiée entre-temps")));
        mvc.perform(post("/candidat/alertes/" + alert + "/pause").param("version", "1").with(as(ilo)).with(csrf()));
        assertThat(jdbc.sql("select active from candidate_alert where id = ?").param(alert).query(Boolean.class).single()).isFalse();
        publish("Soudeur naval " + key, WELDER);
        sending.runFor(today.plusDays(1));
        assertThat(mailsTo(ilo.email())).as("a paused alert sends nothing").isEmpty();
        mvc.perform(post("/candidat/alertes/" + alert + "/reprise").param("version", "2").with(as(ilo)).with(csrf()));
        assertThat(jdbc.sql("select active from candidate_alert where id = ?").param(alert).query(Boolean.class).single()).isTrue();

        mvc.perform(get("/candidat/alertes/" + alert + "/suppression").with(as(ilo))).andExpect(status().isOk())
                .andExpect(content().string(containsString("la suppression est définitive")));
        assertThat(alertsOf(ilo)).as("not deleted by opening the confirmation").isOne();
        mvc.perform(post("/candidat/alertes/" + alert + "/suppression").with(as(ilo)).with(csrf())).andExpect(redirectedUrl("/candidat/alertes"));
        assertThat(alertsOf(ilo)).isZero();
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_entry where entity_type = 'candidate_alert' and entity_id = ?")
                .param(alert).query(String.class).single()).isEqualTo("ALERTE_CREEE,ALERTE_RENOMMEE,ALERTE_SUSPENDUE,ALERTE_REPRISE,ALERTE_SUPPRIMEE");
        assertThat(jdbc.sql("select count(*) from audit_entry where summary like ? or cast(changes as text) like ?")
                .params("%" + secret + "%", "%" + secret + "%").query(Integer.class).single()).as("no name in the audit trail").isZero();
    }

    @Test
    void anotherCandidateNeitherSeesNorChangesMyAlertsAndOtherRolesAreRefused() throws Exception {
        Actor owner = candidate("Sam Proprio");
        Actor other = candidate("Tom Curieux");
        consent(owner, true);
        UUID alert = save(owner, "Mon alerte " + key, "q=" + key);
        mvc.perform(get("/candidat/alertes").with(as(other))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Mon alerte " + key))));
        mvc.perform(get("/candidat/alertes/" + alert).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/candidat/alertes/" + alert + "/suppression").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/candidat/alertes/" + alert).param("name", "Volée").param("version", "0").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/candidat/alertes/" + alert + "/pause").param("version", "0").with(as(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/candidat/alertes/" + alert + "/suppression").with(as(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name || ':' || active from candidate_alert where id = ?").param(alert).query(String.class).single())
                .isEqualTo("Mon alerte " + key + ":true");
        mvc.perform(get("/candidat/alertes/" + alert).with(TestActors.as(users, "recruteur"))).andExpect(status().isForbidden());
        mvc.perform(get("/offres").param("q", key).with(TestActors.as(users, "recruteur")))
                .andExpect(content().string(not(containsString("Créer une alerte"))));
        mvc.perform(get("/offres").param("q", key)).andExpect(content().string(not(containsString("Créer une alerte"))));
    }

    @Test
    void atMostTenAlertsPerCandidate() throws Exception {
        Actor zia = candidate("Zia Beaucoup");
        consent(zia, true);
        for (int i = 1; i <= CandidateAlerts.MAX_PER_CANDIDATE; i++) {
            save(zia, "Alerte " + i, "q=" + key + i);
        }
        mvc.perform(post("/candidat/alertes").param("name", "Une de trop").param("search", "q=" + key).with(as(zia)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("le maximum")));
        assertThat(alertsOf(zia)).isEqualTo(CandidateAlerts.MAX_PER_CANDIDATE);
    }

    @Test
    void theCandidatesExportHoldsTheirAlerts() throws Exception {
        Actor ada = candidate("Ada Export");
        consent(ada, true);
        save(ada, "Export-" + key, "q=" + key + "&contrat=CDI");
        mvc.perform(get("/candidat/export.json").with(as(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Export-" + key)))
                .andExpect(content().string(containsString("/offres?q=" + key + "&contrat=CDI")));
        mvc.perform(get("/candidat/export.pdf").with(as(ada))).andExpect(status().isOk());
    }

    @Test
    void erasingTheCandidateErasesTheirAlerts() throws Exception {
        Actor gone = candidate("Val Efface");
        consent(gone, true);
        String name = "Alerte-" + key;
        save(gone, name, "q=" + key);
        mvc.perform(post("/candidat/effacement").param("confirm", "EFFACER").with(as(gone)).with(csrf()))
                .andExpect(redirectedUrl("/candidats/compte-efface"));
        assertThat(jdbc.sql("select count(*) from candidate_alert where name = ?").param(name).query(Integer.class).single()).isZero();
    }
}
