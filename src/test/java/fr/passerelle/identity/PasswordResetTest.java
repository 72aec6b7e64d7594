package fr.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestSmtp;
import fr.passerelle.platform.AuditTrail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Mot de passe oublié": the link e-mailed works once and sets a password that logs in, closing the sessions opened
 * with the old one; spent, expired, replaced or unknown links say so in French; every request gets the same answer,
 * and only a local account with a password gets an e-mail, a few per hour at most. Each test uses addresses of its
 * own, so that no count is shared with another test; an absent e-mail is proved by an e-mail sent after it.
 */
@PasserelleIntegrationTest
class PasswordResetTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final String OLD_PASSWORD = "l'ancien mot de passe";
    static final String NEW_PASSWORD = "une phrase toute neuve";
    static final Pattern LINK = Pattern.compile("/mot-de-passe-oublie/([A-Za-z0-9_-]{43})\\s");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    Actor open(String password) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("oubli-" + key, "oubli-" + key + "@example.fr", "Camille " + key, password,
                Role.EXPERT, null, null, null, null));
    }

    ResultActions ask(String identifier, String address) throws Exception {
        return mvc.perform(post("/mot-de-passe-oublie").param("identifier", identifier).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }));
    }

    ResultActions choose(String token, String password, String confirmation) throws Exception {
        return mvc.perform(post("/mot-de-passe-oublie/" + token).param("password", password).param("confirmation", confirmation).with(csrf()));
    }

    /** Where a login sends the browser: {@code /gestion} when it worked. */
    String logIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/connexion").param("username", username).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse().getHeader("Location");
    }

    /** Waits for this many e-mails in all, then gives those to this address. */
    List<MimeMessage> mailsTo(String email, int expectedInAll) {
        assertThat(smtp.waitForIncomingEmail(30_000, expectedInAll)).as("%d e-mails arrive", expectedInAll).isTrue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    static String token(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher(text(message));
        assertThat(link.find()).as("the e-mail holds a link").isTrue();
        return link.group(1);
    }

    int links(Actor account) {
        return jdbc.sql("select count(*) from password_reset where account_id = ?").param(account.accountId()).query(Integer.class).single();
    }

    @Test
    void theLinkEmailedSetsANewPasswordOnceAndTheOldOneNoLongerLogsIn() throws Exception {
        Actor account = open(OLD_PASSWORD);
        MockHttpSession earlier = (MockHttpSession) mvc.perform(post("/connexion").param("username", account.username())
                        .param("password", OLD_PASSWORD).with(csrf()).with(request -> {
                            request.setRemoteAddr("203.0.113.10");
                            return request;
                        }))
                .andExpect(header().string("Location", "/gestion")).andReturn().getRequest().getSession(false);

        mvc.perform(get("/connexion")).andExpect(content().string(containsString("href=\"/mot-de-passe-oublie\"")));
        mvc.perform(get("/mot-de-passe-oublie")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Identifiant ou adresse e-mail")));
        ask(account.username(), "203.0.113.10").andExpect(redirectedUrl("/mot-de-passe-oublie"))
                .andExpect(flash().attribute("requested", PasswordResetController.NEUTRAL_ANSWER));

        MimeMessage mail = mailsTo(account.email(), 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Passerelle] Choisir un nouveau mot de passe");
        assertThat(text(mail)).contains("Bonjour Camille", "« " + account.username() + " »", "(heure de Paris)",
                "http://localhost:8080/mot-de-passe-oublie/", "dans l'heure qui suit", "Ce lien ne sert qu'une fois");
        String token = token(mail);
        String stored = jdbc.sql("select token_hash from password_reset where account_id = ?").param(account.accountId())
                .query(String.class).single();
        assertThat(stored).as("only the token's SHA-256 is stored").isEqualTo(PasswordResets.hash(token)).isNotEqualTo(token);

        mvc.perform(get("/mot-de-passe-oublie/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nouveau mot de passe (obligatoire)")));
        choose(token, "court", "autre").andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe compte au moins 12 caractères (200 au plus).")))
                .andExpect(content().string(containsString("Les deux mots de passe saisis ne sont pas identiques.")))
                .andExpect(content().string(not(containsString("value=\"court\""))));
        choose(token, NEW_PASSWORD, "").andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une seconde fois le nouveau mot de passe.")));

        choose(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/connexion"))
                .andExpect(flash().attribute("success", containsString("Votre mot de passe est changé")));

        mvc.perform(get("/gestion").session(earlier)).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/connexion?mot-de-passe-change"));
        mvc.perform(get("/connexion").param("mot-de-passe-change", ""))
                .andExpect(content().string(containsString("le mot de passe de votre compte a été changé")));
        assertThat(logIn(account.username(), OLD_PASSWORD, "203.0.113.11")).isEqualTo("/connexion?erreur");
        assertThat(logIn(account.username(), NEW_PASSWORD, "203.0.113.11")).isEqualTo("/gestion");

        mvc.perform(get("/mot-de-passe-oublie/" + token)).andExpect(content().string(containsString("Ce lien a déjà servi")));
        choose(token, "encore un autre mot de passe", "encore un autre mot de passe").andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien a déjà servi")));
        assertThat(logIn(account.username(), NEW_PASSWORD, "203.0.113.11")).as("the second use changed nothing").isEqualTo("/gestion");

        var changed = audit.history(Accounts.AUDITED, account.accountId()).stream()
                .filter(entry -> entry.action().equals("MOT_DE_PASSE_CHANGE")).toList();
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).actor()).isEqualTo(account.username());
        assertThat(changed.get(0).changes()).contains(new AuditTrail.Change("Mot de passe", null, "changé"));
        assertThat(changed.get(0).toString()).doesNotContain(NEW_PASSWORD);
    }

    @Test
    void anEmailAddressFindsTheAccountTooAndANewRequestReplacesTheLinkBefore() throws Exception {
        Actor account = open(OLD_PASSWORD);
        ask(account.email().toUpperCase(), "203.0.113.20").andExpect(redirectedUrl("/mot-de-passe-oublie"));
        String first = token(mailsTo(account.email(), 1).get(0));
        ask(account.username(), "203.0.113.20");
        String second = token(mailsTo(account.email(), 2).get(1));

        mvc.perform(get("/mot-de-passe-oublie/" + first))
                .andExpect(content().string(containsString("Ce lien a été remplacé par une demande plus récente")))
                .andExpect(content().string(not(containsString("id=\"new-password-form\""))));
        choose(first, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien a été remplacé")));
        choose(second, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void anExpiredOrUnknownLinkSaysSoInFrench() throws Exception {
        Actor account = open(OLD_PASSWORD);
        ask(account.username(), "203.0.113.30");
        String token = token(mailsTo(account.email(), 1).get(0));
        jdbc.sql("update password_reset set requested_at = requested_at - interval '2 hours', expires_at = expires_at - interval '2 hours' "
                + "where account_id = ?").param(account.accountId()).update();

        mvc.perform(get("/mot-de-passe-oublie/" + token))
                .andExpect(content().string(containsString("Ce lien a expiré : il n&#39;était valable qu&#39;une heure.")));
        choose(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien a expiré")));
        assertThat(logIn(account.username(), OLD_PASSWORD, "203.0.113.31")).isEqualTo("/gestion");

        mvc.perform(get("/mot-de-passe-oublie/" + PasswordResets.newToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien de réinitialisation n&#39;est pas valide")));
    }

    @Test
    void anUnknownNameOrAnAccountWithoutPasswordGetsTheSameAnswerAndNoEmail() throws Exception {
        Actor withoutPassword = open(null);
        Actor known = open(OLD_PASSWORD);
        var unknownAnswer = ask("personne-" + UUID.randomUUID().toString().substring(0, 8), "203.0.113.40")
                .andExpect(redirectedUrl("/mot-de-passe-oublie")).andReturn().getFlashMap();
        var oidcAnswer = ask(withoutPassword.username(), "203.0.113.40")
                .andExpect(redirectedUrl("/mot-de-passe-oublie")).andReturn().getFlashMap();
        var knownAnswer = ask(known.username(), "203.0.113.40")
                .andExpect(redirectedUrl("/mot-de-passe-oublie")).andReturn().getFlashMap();
        assertThat((Object) unknownAnswer).isEqualTo(oidcAnswer).isEqualTo(knownAnswer);

        // The known account's e-mail was decided last: once it is in, the others would be too.
        assertThat(mailsTo(known.email(), 1)).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(links(withoutPassword)).isZero();

        mvc.perform(get("/mot-de-passe-oublie").flashAttr("requested", PasswordResetController.NEUTRAL_ANSWER))
                .andExpect(content().string(containsString("Si un compte Passerelle avec mot de passe correspond")));
        mvc.perform(post("/mot-de-passe-oublie").param("identifier", " ").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez votre identifiant ou votre adresse e-mail.")));
        mvc.perform(post("/mot-de-passe-oublie").param("identifier", known.username())).andExpect(status().isForbidden());
    }

    @Test
    void atMostThreeLinksAnHourLeaveForOneAccountAndTenForOneAddress() throws Exception {
        Actor flooded = open(OLD_PASSWORD);
        for (int i = 1; i <= PasswordResets.PER_ACCOUNT_PER_HOUR + 2; i++) {
            ask(flooded.username(), "203.0.113." + (50 + i)).andExpect(flash().attribute("requested", PasswordResetController.NEUTRAL_ANSWER));
        }
        assertThat(links(flooded)).isEqualTo(PasswordResets.PER_ACCOUNT_PER_HOUR);
        assertThat(mailsTo(flooded.email(), PasswordResets.PER_ACCOUNT_PER_HOUR)).hasSize(PasswordResets.PER_ACCOUNT_PER_HOUR);

        jdbc.sql("update password_reset set requested_at = requested_at - interval '61 minutes' where account_id = ?")
                .param(flooded.accountId()).update();
        ask(flooded.username(), "203.0.113.59");
        assertThat(links(flooded)).as("an hour later, a new link").isEqualTo(PasswordResets.PER_ACCOUNT_PER_HOUR + 1);

        String address = "203.0.113.70";
        List<Actor> many = new java.util.ArrayList<>();
        for (int i = 0; i <= PasswordResets.PER_ADDRESS_PER_HOUR; i++) {
            Actor account = open(OLD_PASSWORD);
            many.add(account);
            ask(account.username(), address);
        }
        assertThat(many.subList(0, PasswordResets.PER_ADDRESS_PER_HOUR)).allSatisfy(account -> assertThat(links(account)).isEqualTo(1));
        assertThat(links(many.get(PasswordResets.PER_ADDRESS_PER_HOUR))).as("the eleventh from one address").isZero();
    }
}
