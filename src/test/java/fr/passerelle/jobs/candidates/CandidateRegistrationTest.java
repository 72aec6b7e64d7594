package fr.passerelle.jobs.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestSmtp;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A candidate registers themselves: the account logs in only once its e-mail address is confirmed through the link
 * e-mailed, which serves once and expires; a new link can be asked for; the form keeps what was typed (never the
 * password) with French messages; a candidate lands on their own space and never opens the back office.
 */
@PasserelleIntegrationTest
class CandidateRegistrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final String PASSWORD = "une phrase de passe assez longue";
    static final Pattern LINK = Pattern.compile("/connexion/confirmation/([A-Za-z0-9_-]{43})\\s");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions register(String email, String name, String password, String confirmation, String address, String... consents)
            throws Exception {
        var request = post("/candidats/inscription").param("email", email).param("displayName", name).param("password", password)
                .param("confirmation", confirmation).with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        for (String consent : consents) {
            request.param("consents", consent);
        }
        return mvc.perform(request);
    }

    String logIn(String username, String password) throws Exception {
        return mvc.perform(post("/connexion").param("username", username).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr("198.51.100." + (1 + Math.abs(username.hashCode()) % 200));
            return r;
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

    @Test
    void aCandidateLogsInOnlyOnceTheirAddressIsConfirmedAndTheLinkServesOnce() throws Exception {
        String email = "camille." + key() + "@example.fr";
        mvc.perform(get("/candidats/inscription")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Créer mon compte de candidat·e")))
                .andExpect(content().string(containsString("texte version 1")));
        register(email, "Camille Martin", PASSWORD, PASSWORD, "203.0.113.50", "banque-cv")
                .andExpect(redirectedUrl("/candidats/inscription"))
                .andExpect(flash().attribute("registered", RegistrationController.REGISTERED));

        UUID accountId = jdbc.sql("select id from account where email = ?").param(email).query(UUID.class).single();
        String username = jdbc.sql("select username from account where id = ?").param(accountId).query(String.class).single();
        assertThat(username).as("a pseudonymous identifier").startsWith("candidat-").doesNotContain("camille");
        assertThat(jdbc.sql("select role from account where id = ?").param(accountId).query(String.class).single()).isEqualTo("CANDIDATE");
        assertThat(jdbc.sql("select count(*) from candidate_consent c join candidate p on p.id = c.candidate_id where p.account_id = ? "
                + "and c.purpose = 'CV_BANK' and c.given and c.wording_version = 1").param(accountId).query(Integer.class).single()).isOne();

        assertThat(logIn(email, PASSWORD)).as("refused before confirmation").isEqualTo("/connexion?erreur");

        MimeMessage mail = mailsTo(email, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Passerelle] Confirmez votre adresse e-mail");
        assertThat(text(mail)).contains("Bonjour Camille Martin", "48 heures", "http://localhost:8080/connexion/confirmation/");
        String token = token(mail);
        assertThat(jdbc.sql("select token_hash from account_confirmation where account_id = ?").param(accountId).query(String.class).single())
                .as("only the token's hash is kept").isNotEqualTo(token);

        mvc.perform(get("/connexion/confirmation/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer mon adresse e-mail")));
        assertThat(logIn(email, PASSWORD)).as("a mere visit of the link confirms nothing").isEqualTo("/connexion?erreur");
        mvc.perform(post("/connexion/confirmation/" + token).with(csrf())).andExpect(redirectedUrl("/connexion"))
                .andExpect(flash().attribute("success", containsString("Votre adresse e-mail est confirmée")));
        mvc.perform(post("/connexion/confirmation/" + token).with(csrf())).andExpect(redirectedUrl("/connexion"))
                .andExpect(flash().attribute("error", containsString("Ce lien a déjà servi")));

        assertThat(logIn(email, PASSWORD)).as("a candidate lands on their space").isEqualTo("/candidat");
        assertThat(logIn(username, PASSWORD)).as("the identifier logs in too").isEqualTo("/candidat");
    }

    @Test
    void anExpiredLinkIsRefusedAndANewOneCanBeAskedFor() throws Exception {
        String email = "dominique." + key() + "@example.fr";
        register(email, "Dominique Petit", PASSWORD, PASSWORD, "203.0.113.51").andExpect(redirectedUrl("/candidats/inscription"));
        String expired = token(mailsTo(email, 1).get(0));
        jdbc.sql("update account_confirmation set requested_at = requested_at - interval '3 days', expires_at = expires_at - interval '3 days' "
                + "where account_id = (select id from account where email = ?)").param(email).update();

        mvc.perform(get("/connexion/confirmation/" + expired)).andExpect(content().string(containsString("Ce lien a expiré")));
        mvc.perform(post("/connexion/confirmation/" + expired).with(csrf()))
                .andExpect(flash().attribute("error", containsString("Ce lien a expiré")));
        assertThat(logIn(email, PASSWORD)).isEqualTo("/connexion?erreur");

        mvc.perform(post("/connexion/confirmation").param("email", email).with(csrf()).with(r -> {
            r.setRemoteAddr("203.0.113.51");
            return r;
        })).andExpect(redirectedUrl("/connexion/confirmation"))
                .andExpect(flash().attribute("requested", containsString("un nouveau lien vient de lui être envoyé")));
        List<MimeMessage> mails = mailsTo(email, 2);
        String fresh = token(mails.get(mails.size() - 1));
        assertThat(fresh).isNotEqualTo(expired);
        mvc.perform(post("/connexion/confirmation/" + fresh).with(csrf())).andExpect(flash().attribute("success", containsString("confirmée")));
        assertThat(logIn(email, PASSWORD)).isEqualTo("/candidat");
    }

    @Test
    void theFormKeepsWhatWasTypedButNeverThePasswordAndSaysWhatIsWrongInFrench() throws Exception {
        register("pas-une-adresse", "Alex Durand", "court", "autre", "203.0.113.52", "alertes")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une adresse e-mail valide")))
                .andExpect(content().string(containsString("Le mot de passe compte au moins 12 caractères")))
                .andExpect(content().string(containsString("Les deux mots de passe saisis ne sont pas identiques.")))
                .andExpect(content().string(containsString("value=\"pas-une-adresse\"")))
                .andExpect(content().string(containsString("value=\"Alex Durand\"")))
                .andExpect(content().string(containsString("id=\"consent-alertes\" value=\"alertes\" checked")))
                .andExpect(content().string(not(containsString("value=\"court\""))));
        assertThat(jdbc.sql("select count(*) from account where display_name = 'Alex Durand'").query(Integer.class).single()).isZero();
    }

    @Test
    void anAddressAlreadyTakenIsRefusedOnItsField() throws Exception {
        String email = "eden." + key() + "@example.fr";
        register(email, "Eden Roux", PASSWORD, PASSWORD, "203.0.113.53").andExpect(redirectedUrl("/candidats/inscription"));
        register(email.toUpperCase(), "Eden Roux", PASSWORD, PASSWORD, "203.0.113.53").andExpect(status().isOk())
                .andExpect(content().string(containsString("Un compte existe déjà pour cette adresse e-mail")));
    }

    @Test
    void registrationsFromOneAddressAreThrottled() throws Exception {
        String address = "192.0.2." + (10 + (int) (Math.random() * 200));
        for (int i = 0; i < 10; i++) {
            register("flot" + i + "." + key() + "@example.fr", "Flot " + i, PASSWORD, PASSWORD, address)
                    .andExpect(redirectedUrl("/candidats/inscription"));
        }
        register("flot." + key() + "@example.fr", "Flot de trop", PASSWORD, PASSWORD, address).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop d&#39;inscriptions depuis votre connexion")));
    }
}
