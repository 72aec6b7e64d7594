package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.BackOfficeHomePage;
import fr.passerelle.browser.pages.LoginPage;
import fr.passerelle.browser.pages.TrainingsPage;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions on the real server: an account disabled while in use, and the client address behind a proxy. */
class SessionsBrowserTest extends BrowserTest {

    static final String PASSWORD = "un mot de passe de navigateur";

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDirectorDisabledWhileSearchingADiplomaLandsOnTheLoginPageWhichSaysWhy() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String key = UUID.randomUUID().toString().substring(0, 8);
        Actor director = accounts.open(new NewAccount("navigateur-" + key, "navigateur-" + key + "@example.fr", "Direction " + key,
                PASSWORD, Role.OPERATIONAL_DIRECTOR, null, null, campus, null));
        LoginPage.open(browser()).logIn(director.username(), PASSWORD);
        var trainings = TrainingsPage.open(browser(), campus);

        accounts.enable(director.accountId(), false);
        // The diploma search is an htmx request: the whole login page replaces the page, not a fragment of it.
        trainings.diploma().search("bts");
        var login = LoginPage.expectRedirected(browser(), "?session-fermee");
        login.expectSessionClosed("Votre session a été fermée : votre compte n'est plus actif.");
        assertThat(trainings.isShown()).isFalse();
        login.assertAccessible();

        BackOfficeHomePage.open(browser());
        LoginPage.expectRedirected(browser(), "");
    }

    @Test
    void behindATrustedProxyAFailedLoginCountsAgainstTheForwardedAddressAndRedirectsRelatively() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode("proxy-" + UUID.randomUUID(), StandardCharsets.UTF_8)
                + "&password=faux&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);

        // The test connects from 127.0.0.1, one of the internal proxies Tomcat trusts by default.
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.77")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("/connexion?erreur");
        assertThat(jdbc.sql("select failures from login_throttle where kind = 'ADDRESS' and value = '203.0.113.77'")
                .query(Integer.class).optional()).hasValue(1);
    }
}
