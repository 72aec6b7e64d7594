package fr.passerelle.browser.pages;

/** The page of the link e-mailed by "Mot de passe oublié" ({@code /mot-de-passe-oublie/{jeton}}). */
public final class NewPasswordPage extends Page {

    NewPasswordPage(Browser browser) {
        super(browser);
    }

    /** Opens the link's path (the e-mail names the platform's public address, the test's server listens elsewhere). */
    public static NewPasswordPage open(Browser browser, String path) {
        browser.open(path);
        return new NewPasswordPage(browser);
    }

    /** Types the new password and its confirmation and submits them, expecting the form back with its errors. */
    public NewPasswordPage chooseWithErrors(String password, String confirmation) {
        type("password", password);
        type("confirmation", confirmation);
        click("new-password-submit");
        browser.waitForText("#form-error-summary", "erreur");
        return this;
    }

    /** Sets the new password; the login page follows. */
    public LoginPage choose(String password) {
        type("password", password);
        type("confirmation", password);
        click("new-password-submit");
        return LoginPage.expectRedirected(browser, "");
    }

    public void expectLinkProblem(String text) {
        browser.waitForText("#link-problem", text);
    }
}
