package fr.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.TestSmtp;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.platform.AuditTrail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Password guessing through the login form is refused, by name and by address, for delays that grow, even when the
 * guesses are sent all at once; the answers do not tell whether an account exists; the owner of the account is told
 * once. Time passes by moving the stored
 * timestamps back (no sleeping); each test uses addresses of its own, so that no count is shared with another test.
 */
@PasserelleIntegrationTest
class LoginThrottleTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final String PASSWORD = "le bon mot de passe";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    /** What the client is told: the status, where it is sent, and the page found there. */
    record Answer(int status, String location, String page) {
    }

    Actor open() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("guess-" + key, "guess-" + key + "@example.fr", "Dominique " + key, PASSWORD,
                Role.EXPERT, null, null, null, null));
    }

    Answer logIn(String username, String password, String address) throws Exception {
        MvcResult result = mvc.perform(post("/connexion").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
        String location = result.getResponse().getHeader("Location");
        String page = location != null && location.startsWith("/connexion")
                ? withoutCsrfToken(mvc.perform(get(location)).andReturn().getResponse().getContentAsString()) : "";
        return new Answer(result.getResponse().getStatus(), location, page);
    }

    /** The page without its CSRF token, which differs from one visit to the next. */
    static String withoutCsrfToken(String page) {
        var token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        return token.find() ? page.replace(token.group(1), "JETON") : page;
    }

    /** As if this much time had passed for the counts of these keys. */
    void elapse(Duration duration, String... values) {
        jdbc.sql("""
                        update login_throttle set last_attempt_at = last_attempt_at - cast(:d as interval),
                            blocked_until = blocked_until - cast(:d as interval) where value in (:values)""")
                .param("d", duration.toMillis() + " milliseconds").param("values", List.of(values)).update();
    }

    /** How long the key was blocked for after its last failure (null when it is not), and its count. */
    Duration delay(String value) {
        return jdbc.sql("select last_attempt_at, blocked_until from login_throttle where value = ?").param(value)
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp("blocked_until");
                    return until == null ? null : Duration.between(rs.getTimestamp("last_attempt_at").toInstant(), until.toInstant());
                }).optional().orElse(null);
    }

    int failures(String value) {
        return jdbc.sql("select failures from login_throttle where value = ?").param(value).query(Integer.class).optional().orElse(0);
    }

    /** Fails once more after the current delay has passed; the delay that follows. */
    Duration failAfterTheDelay(String username, String address) throws Exception {
        Duration current = delay(username);
        if (current != null) {
            elapse(current, username, address);
        }
        assertThat(logIn(username, "pas le bon", address).location()).isEqualTo("/connexion?erreur");
        return delay(username);
    }

    @Test
    void afterFiveWrongPasswordsTheRightOneIsRefusedForADelayThatDoublesWithEachFailure() throws Exception {
        Actor account = open();
        String name = account.username();
        String address = "198.51.100.11";
        for (int i = 1; i <= 4; i++) {
            assertThat(logIn(name, "pas le bon " + i, address).location()).isEqualTo("/connexion?erreur");
        }
        assertThat(delay(name)).as("four failures: not refused yet").isNull();

        List<Duration> delays = new ArrayList<>();
        for (int i = 5; i <= 9; i++) {
            delays.add(failAfterTheDelay(name, address));
        }
        assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16));

        Answer refused = logIn(name, PASSWORD, address);
        assertThat(refused.location()).as("the right password is refused during the delay").isEqualTo("/connexion?erreur");
        assertThat(refused.page()).contains("Identifiant ou mot de passe incorrect.", "patientez avant de réessayer");
        assertThat(logIn(name, PASSWORD, "198.51.100.12").location()).as("from another address too: the name is refused")
                .isEqualTo("/connexion?erreur");
        assertThat(failures(name)).as("refused attempts are not counted").isEqualTo(9);

        elapse(Duration.ofSeconds(16), name, address);
        assertThat(logIn(name, PASSWORD, address).location()).as("once the delay has passed").isEqualTo("/gestion");
        assertThat(failures(name)).as("a success clears the count of the name").isZero();
        assertThat(failures(address)).as("but not the count of the address").isEqualTo(9);
    }

    @Test
    void anUnknownNameAndAnExistingAccountAreAnsweredAlikeBeforeAndDuringTheRefusal() throws Exception {
        String existing = open().username();
        String unknown = "personne-" + UUID.randomUUID().toString().substring(0, 8);
        List<Answer> toExisting = guessUntilRefusedForSixteenSeconds(existing, "198.51.100.21");
        List<Answer> toUnknown = guessUntilRefusedForSixteenSeconds(unknown, "198.51.100.22");

        assertThat(toUnknown).isEqualTo(toExisting);
        assertThat(toExisting).extracting(Answer::status).containsOnly(302);
        assertThat(toExisting).extracting(Answer::location).containsOnly("/connexion?erreur");
        assertThat(delay(existing)).isEqualTo(delay(unknown)).isEqualTo(Duration.ofSeconds(16));
        assertThat(failures(existing)).isEqualTo(failures(unknown)).isEqualTo(9);
    }

    /** Nine wrong passwords (each after the delay of the one before), then one more during the refusal: the answers. */
    List<Answer> guessUntilRefusedForSixteenSeconds(String username, String address) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            Duration current = delay(username);
            if (current != null) {
                elapse(current, username, address);
            }
            answers.add(logIn(username, "essai " + i, address));
        }
        answers.add(logIn(username, "essai pendant le refus", address));
        return answers;
    }

    @Test
    void theOwnerIsToldOnceByEmailWithTheAddressAndItIsInTheAccountsHistory() throws Exception {
        Actor account = open();
        String address = "198.51.100.31";
        for (int i = 1; i <= 4; i++) {
            logIn(account.username(), "pas le bon " + i, address);
        }
        assertThat(mailTo(account.email())).as("not before the threshold").isEmpty();
        for (int i = 5; i <= 8; i++) {
            failAfterTheDelay(account.username(), address);
        }

        // The owner is told in the background, so that the answer takes no longer for an existing account.
        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        List<MimeMessage> received = mailTo(account.email());
        assertThat(received).as("one e-mail for the whole burst").hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[Passerelle] Plusieurs tentatives de connexion ont échoué sur votre compte");
        String text = ((String) received.get(0).getContent()).replace("\r\n", "\n");
        assertThat(text).contains("Bonjour Dominique", "« " + account.username() + " » : 5 mots de passe erronés",
                "(heure de Paris) depuis l'adresse 198.51.100.31", "Si c'était vous, patientez quelques minutes",
                "personne n'est entré sur votre compte");
        assertThat(text).containsPattern("le \\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2} \\(heure de Paris\\)");

        var attempts = audit.history(Accounts.AUDITED, account.accountId()).stream()
                .filter(entry -> entry.action().equals("CONNEXIONS_ECHOUEES")).toList();
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).changes()).contains(new AuditTrail.Change("Adresse de la dernière tentative", null, address));
    }

    @Test
    void anAddressGuessingAtManyNamesIsRefusedWhateverTheName() throws Exception {
        String address = "198.51.100.41";
        for (int i = 1; i <= LoginThrottle.ADDRESS_THRESHOLD; i++) {
            logIn("inconnu-" + i + "-" + UUID.randomUUID().toString().substring(0, 6), "essai", address);
        }
        assertThat(delay(address)).isEqualTo(Duration.ofSeconds(1));
        // More failures after each delay, until the delay is long enough to be observed.
        for (int i = 0; i < 4; i++) {
            elapse(delay(address), address);
            logIn("inconnu-" + UUID.randomUUID().toString().substring(0, 6), "essai", address);
        }
        assertThat(delay(address)).isEqualTo(Duration.ofSeconds(16));

        Actor account = open();
        assertThat(logIn(account.username(), PASSWORD, address).location()).as("a right password from that address")
                .isEqualTo("/connexion?erreur");
        assertThat(failures(account.username())).as("a refused attempt does not count against the name").isZero();
        assertThat(logIn(account.username(), PASSWORD, "198.51.100.42").location()).as("from another address")
                .isEqualTo("/gestion");
    }

    @Test
    void attemptsSentAllAtOnceAreCountedOneAfterTheOtherAndThoseBeyondTheThresholdAreRefusedUnchecked() throws Exception {
        String name = open().username();
        String address = "198.51.100.51";
        for (int i = 1; i <= 9; i++) {
            failAfterTheDelay(name, address);
        }
        elapse(delay(name), name, address);

        // The next attempt starts a 32-second refusal: ten sent at once, one is checked and nine are refused.
        ExecutorService senders = Executors.newFixedThreadPool(10);
        try {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String guess = "essai simultané " + i;
                sent.add(senders.submit(() -> logIn(name, guess, address)));
            }
            for (Future<Answer> answer : sent) {
                assertThat(answer.get(60, TimeUnit.SECONDS).location()).isEqualTo("/connexion?erreur");
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(failures(name)).isEqualTo(10);
        assertThat(failures(address)).isEqualTo(10);
        assertThat(delay(name)).isEqualTo(Duration.ofSeconds(32));
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
}
