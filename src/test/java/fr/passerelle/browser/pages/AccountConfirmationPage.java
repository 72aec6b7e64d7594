package fr.passerelle.browser.pages;

/** The page of the link e-mailed to confirm a self-registered account's address ({@code /connexion/confirmation/{jeton}}). */
public final class AccountConfirmationPage extends Page {

    AccountConfirmationPage(Browser browser) {
        super(browser);
    }

    public static AccountConfirmationPage open(Browser browser, String path) {
        browser.open(path);
        return new AccountConfirmationPage(browser);
    }

    /** Confirms; the login page follows with its message. */
    public LoginPage confirm() {
        click("confirmation-submit");
        return LoginPage.expectRedirected(browser, "");
    }
}
