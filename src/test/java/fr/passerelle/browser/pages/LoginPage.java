package fr.passerelle.browser.pages;

/** The login page ({@code /connexion}). */
public final class LoginPage extends Page {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "demo";

    LoginPage(Browser browser) {
        super(browser);
    }

    public static LoginPage open(Browser browser) {
        browser.open("/connexion");
        return new LoginPage(browser);
    }

    /** Waits until the browser was sent to the login page, with the query ({@code ""}, {@code "?session-fermee"}) given. */
    public static LoginPage expectRedirected(Browser browser, String query) {
        browser.waitForPath(p -> p.endsWith("/connexion" + query));
        return new LoginPage(browser);
    }

    /** Logs in with a demo account. */
    public BackOfficeHomePage logInAs(String username) {
        return logIn(username, DEMO_PASSWORD);
    }

    public BackOfficeHomePage logIn(String username, String password) {
        attemptLogIn(username, password);
        browser.waitForPath(p -> !p.contains("/connexion"));
        return new BackOfficeHomePage(browser);
    }

    /** Submits the form without expecting to get in. */
    public LoginPage attemptLogIn(String username, String password) {
        type("username", username);
        type("password", password);
        click("login-submit");
        return this;
    }

    public void expectError(String text) {
        browser.waitForText(".fr-alert--error", text);
    }

    public void expectSessionClosed(String text) {
        browser.waitForText("#session-closed", text);
    }

    /** Follows "Mot de passe oublié ?". */
    public PasswordRequestPage forgotPassword() {
        click("forgotten-password");
        browser.waitForPath(p -> p.endsWith("/mot-de-passe-oublie"));
        return new PasswordRequestPage(browser);
    }

    public boolean showsTheForm() {
        return !browser.findAll("#username").isEmpty();
    }
}
