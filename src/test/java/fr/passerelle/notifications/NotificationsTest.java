package fr.passerelle.notifications;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.TestSmtp;
import fr.passerelle.platform.Mailer;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.PasserelleProperties;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications stored with the caller's transaction, e-mailed in French after its commit or in the daily digest,
 * listed to their owner only; on the real PostgreSQL and a real SMTP server (GreenMail).
 */
@PasserelleIntegrationTest
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final Notice.Category DOSSIER_DEPOSE = new Notice.Category("DOSSIER_DEPOSE", "Dossier déposé");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationDigest digest;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PasserelleProperties properties;
    @Autowired
    Clock clock;

    /** A fresh account, so that no other test shares its notifications or preference. */
    Person person() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        var actor = accounts.open(new NewAccount("notif-" + key, "notif-" + key + "@example.fr", "Camille " + key, "mot-de-passe-de-test",
                Role.EXPERT, null, null, null, null));
        return new Person(actor.accountId(), actor.username(), actor.email());
    }

    record Person(UUID id, String username, String email) {
    }

    static Notice deposited(UUID recipient, String campus) {
        return Notice.to(recipient, DOSSIER_DEPOSE, "Dossier déposé : " + campus,
                "Le dossier de labellisation du campus « " + campus + " » a été déposé. Il attend votre avis.",
                "/gestion/labellisation/dossiers/42");
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    Instant emailedAt(UUID notification) {
        return jdbc.sql("select emailed_at from notification where id = ?").param(notification)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().get(0);
    }

    @Test
    void anEmailInFrenchWithAnAbsoluteLinkLeavesOnlyAfterTheCallersCommit() throws Exception {
        Person referent = person();
        var inTransaction = new TransactionTemplate(transactions);

        List<UUID> ids = inTransaction.execute(status -> {
            List<UUID> stored = notifications.send(deposited(referent.id(), "Campus Numérique Lille"));
            assertThat(smtp.getReceivedMessages()).as("nothing leaves before the commit").isEmpty();
            return stored;
        });

        List<MimeMessage> received = mailTo(referent.email());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Passerelle] Dossier déposé : Campus Numérique Lille");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ne-pas-repondre@passerelle.invalid");
        String text = text(mail);
        assertThat(text).startsWith("Bonjour Camille ")
                .contains("Le dossier de labellisation du campus « Campus Numérique Lille » a été déposé. Il attend votre avis.")
                .contains(properties.publicBaseUrl() + "/gestion/notifications/" + ids.get(0))
                .contains("http://localhost:8080/gestion/notifications#preference")
                .contains("récapitulatif quotidien")
                .contains("(Dossier déposé)");
        assertThat(emailedAt(ids.get(0))).isNotNull();
        assertThat(notifications.unreadCount(referent.id())).isEqualTo(1);
    }

    @Test
    void aRolledBackActionNotifiesNobody() throws Exception {
        Person referent = person();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.send(deposited(referent.id(), "Campus annulé"));
            status.setRollbackOnly();
        });

        assertThat(smtp.waitForIncomingEmail(1000, 1)).isFalse();
        assertThat(notifications.unreadCount(referent.id())).isZero();
    }

    @Test
    void theDailyDigestReplacesImmediateEmailsAndIsSentOnceADay() throws Exception {
        Person expert = person();
        notifications.chooseDailyDigest(expert.id(), true);

        List<UUID> first = notifications.send(deposited(expert.id(), "Campus Aéronautique"));
        List<UUID> second = notifications.send(Notice.to(expert.id(), new Notice.Category("AVIS_DEMANDE", "Avis demandé"),
                "Avis demandé : Campus Mer", "Votre avis est attendu avant le 30 juin.", null));
        assertThat(mailTo(expert.email())).as("no immediate e-mail for the digest").isEmpty();
        assertThat(emailedAt(first.get(0))).isNull();

        LocalDate day = LocalDate.of(2091, 3, 14);
        assertThat(digest.send(day)).isTrue();

        List<MimeMessage> received = mailTo(expert.email());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[Passerelle] Vos notifications du 14/03/2091 (2)");
        assertThat(text(received.get(0))).startsWith("Bonjour Camille ")
                .contains("(2 notifications)")
                .contains("- Dossier déposé — Dossier déposé : Campus Aéronautique")
                .contains("- Avis demandé — Avis demandé : Campus Mer")
                .contains("http://localhost:8080/gestion/notifications/" + first.get(0))
                .contains("http://localhost:8080/gestion/notifications/" + second.get(0))
                .contains("http://localhost:8080/gestion/notifications#preference");
        assertThat(emailedAt(first.get(0))).isNotNull();
        assertThat(emailedAt(second.get(0))).isNotNull();

        // Again the same day, on this node or another: nothing more.
        assertThat(digest.send(day)).isFalse();
        // The next day, nothing new to tell this person.
        assertThat(digest.send(day.plusDays(1))).isTrue();
        assertThat(mailTo(expert.email())).hasSize(1);
    }

    @Test
    void aFailingSmtpServerKeepsTheNotificationForTheDigestAndLeavesTheCallerUnaffected() throws Exception {
        Person expert = person();
        smtp.stop();
        List<UUID> ids;
        try {
            ids = new TransactionTemplate(transactions).execute(status -> notifications.send(deposited(expert.id(), "Campus Panne")));
        } finally {
            smtp.start();
        }
        assertThat(ids).hasSize(1);
        assertThat(emailedAt(ids.get(0))).as("not e-mailed, kept for later").isNull();
        assertThat(notifications.unreadCount(expert.id())).isEqualTo(1);

        // The next digest run picks it up.
        assertThat(digest.send(LocalDate.of(2092, 5, 1))).isTrue();
        assertThat(mailTo(expert.email())).hasSize(1);
        assertThat(emailedAt(ids.get(0))).isNotNull();
    }

    @Test
    void withoutAnSmtpServerNotificationsAreStillStoredAndShown() {
        Person expert = person();
        var noSmtp = new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var mail = new NotificationMail(jdbc, transactions, accounts, new Mailer(noSmtp, properties), properties, clock);
        var withoutMail = new Notifications(jdbc, mail, audit, clock);

        List<UUID> ids = new TransactionTemplate(transactions).execute(status -> withoutMail.send(deposited(expert.id(), "Campus Hors Ligne")));

        assertThat(mail.configured()).isFalse();
        assertThat(emailedAt(ids.get(0))).isNull();
        assertThat(notifications.unreadCount(expert.id())).isEqualTo(1);
        assertThat(mail.emailDigests(LocalDate.of(2093, 1, 1))).isZero();
        assertThat(mailTo(expert.email())).isEmpty();
    }

    @Test
    void aNoticeOnlyLinksInsideThePlatform() {
        UUID someone = UUID.randomUUID();
        assertThatThrownBy(() -> Notice.to(someone, DOSSIER_DEPOSE, "Sujet", "Texte", "https://ailleurs.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.to(someone, DOSSIER_DEPOSE, "Sujet", "Texte", "//ailleurs.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.to(List.of(), DOSSIER_DEPOSE, "Sujet", "Texte", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice.Category("dossier déposé", "Dossier déposé")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheOwnerSeesOpensAndMarksTheirNotifications() throws Exception {
        Person owner = person();
        Person other = person();
        notifications.chooseDailyDigest(owner.id(), true);
        notifications.chooseDailyDigest(other.id(), true);
        UUID first = notifications.send(deposited(owner.id(), "Campus Un")).get(0);
        notifications.send(deposited(owner.id(), "Campus Deux"));
        notifications.send(Notice.to(owner.id(), DOSSIER_DEPOSE, "Sans lien", "Pour information.", null));
        UUID othersOwn = notifications.send(deposited(other.id(), "Campus Secret")).get(0);

        // The badge of every page, with its accessible name.
        mvc.perform(get("/gestion").with(as(users, owner.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Notifications, 3 non lues\"")));
        mvc.perform(get("/gestion/notifications").with(as(users, owner.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossier déposé : Campus Un")))
                .andExpect(content().string(containsString("Dossier déposé : Campus Deux")))
                .andExpect(content().string(containsString("3 notification(s), dont 3 non lue(s).")))
                .andExpect(content().string(not(containsString("Campus Secret"))));
        // Anonymous visitors have no bell and no list.
        mvc.perform(get("/campus")).andExpect(content().string(not(containsString("notification-bell"))));
        mvc.perform(get("/gestion/notifications")).andExpect(status().is3xxRedirection());

        // Someone else's notification does not exist for them, and stays unread.
        mvc.perform(get("/gestion/notifications/" + first).with(as(users, other.username()))).andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(owner.id())).isEqualTo(3);
        mvc.perform(post("/gestion/notifications/tout-lu").with(as(users, other.username())).with(csrf()))
                .andExpect(flash().attribute("success", "1 notification a été marquée comme lue."));
        assertThat(notifications.unreadCount(owner.id())).isEqualTo(3);
        assertThat(notifications.unreadCount(other.id())).isZero();
        mvc.perform(get("/gestion/notifications/" + othersOwn).with(as(users, owner.username()))).andExpect(status().isNotFound());

        // Opening one marks it read and leads to its page.
        mvc.perform(get("/gestion/notifications/" + first).with(as(users, owner.username())))
                .andExpect(redirectedUrl("/gestion/labellisation/dossiers/42"));
        assertThat(notifications.unreadCount(owner.id())).isEqualTo(2);
        mvc.perform(get("/gestion/notifications").with(as(users, owner.username())))
                .andExpect(content().string(containsString("aria-label=\"Notifications, 2 non lues\"")));

        mvc.perform(post("/gestion/notifications/tout-lu").with(as(users, owner.username())).with(csrf()))
                .andExpect(redirectedUrl("/gestion/notifications"))
                .andExpect(flash().attribute("success", "2 notifications ont été marquées comme lues."));
        assertThat(notifications.unreadCount(owner.id())).isZero();
        mvc.perform(get("/gestion/notifications").with(as(users, owner.username())))
                .andExpect(content().string(containsString("aria-label=\"Notifications, aucune non lue\"")))
                .andExpect(content().string(containsString("3 notification(s), toutes lues.")))
                .andExpect(content().string(not(containsString("Tout marquer comme lu"))));
        mvc.perform(post("/gestion/notifications/tout-lu").with(as(users, owner.username()))).andExpect(status().isForbidden());
    }

    @Test
    void theListShowsTwentyAtATimeWithSeeMore() throws Exception {
        Person busy = person();
        notifications.chooseDailyDigest(busy.id(), true);
        for (int i = 1; i <= 23; i++) {
            notifications.send(Notice.to(busy.id(), DOSSIER_DEPOSE, "Notification n° " + i, "Texte " + i, null));
        }
        String firstPage = mvc.perform(get("/gestion/notifications").with(as(users, busy.username())))
                .andExpect(content().string(containsString("/gestion/notifications?limite=40")))
                .andReturn().getResponse().getContentAsString();
        assertThat(firstPage.split("class=\"fr-mb-2w fr-p-2w notification").length - 1).isEqualTo(20);
        String all = mvc.perform(get("/gestion/notifications").param("limite", "40").with(as(users, busy.username())))
                .andExpect(content().string(not(containsString("Voir plus de notifications"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(all.split("class=\"fr-mb-2w fr-p-2w notification").length - 1).isEqualTo(23);
    }

    @Test
    void choosingTheDailyDigestIsConfirmedAndAudited() throws Exception {
        Person person = person();

        mvc.perform(post("/gestion/notifications/preference").param("dailyDigest", "true")
                        .with(as(users, person.username())).with(csrf()))
                .andExpect(redirectedUrl("/gestion/notifications"))
                .andExpect(flash().attribute("success",
                        "Préférence enregistrée : vous recevrez un récapitulatif quotidien de vos notifications par e-mail."));
        assertThat(notifications.dailyDigest(person.id())).isTrue();
        mvc.perform(get("/gestion/notifications").with(as(users, person.username())))
                .andExpect(content().string(containsString("aria-describedby=\"daily-digest-hint\" checked=\"checked\"")));

        mvc.perform(post("/gestion/notifications/preference").with(as(users, person.username())).with(csrf()))
                .andExpect(flash().attribute("success", "Préférence enregistrée : vous recevrez un e-mail à chaque notification."));
        assertThat(notifications.dailyDigest(person.id())).isFalse();

        List<AuditTrail.Entry> history = audit.history("account", person.id());
        assertThat(history).extracting(AuditTrail.Entry::action)
                .containsExactly("PREFERENCE_NOTIFICATIONS", "PREFERENCE_NOTIFICATIONS", "CREATION");
        assertThat(history.get(1).actor()).isEqualTo(person.username());
        assertThat(history.get(1).changes()).containsExactly(
                new AuditTrail.Change("Récapitulatif quotidien des notifications", "non", "oui"));
        mvc.perform(get("/gestion/comptes/" + person.id() + "/historique").with(as(users, "admin")))
                .andExpect(content().string(containsString("Récapitulatif quotidien des notifications activé")));
    }
}
