package fr.passerelle.browser;

import fr.passerelle.browser.pages.BackOfficeHomePage;
import fr.passerelle.browser.pages.Browser;
import fr.passerelle.browser.pages.LoginPage;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform on a random port, and a fresh headless browser for each test, closed after it. Tests drive pages
 * through the page objects of {@code fr.passerelle.browser.pages}: selectors live there only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }

    /** Logs in with a demo account (password {@code demo}). */
    BackOfficeHomePage logInAs(String username) {
        return LoginPage.open(browser()).logInAs(username);
    }

    /** Logs out whoever was logged in, then logs in with the demo account given, or stays anonymous when null. */
    void switchTo(String username) {
        browser().logOut();
        if (username != null) {
            logInAs(username);
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
