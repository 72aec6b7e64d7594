package fr.passerelle.browser.pages;

/** "Mot de passe oublié" ({@code /mot-de-passe-oublie}): asking for a link by e-mail. */
public final class PasswordRequestPage extends Page {

    PasswordRequestPage(Browser browser) {
        super(browser);
    }

    /** Asks for a link for this identifier or e-mail; the page answers alike whatever it is. */
    public PasswordRequestPage ask(String identifier) {
        replace("identifier", identifier);
        click("password-request-submit");
        browser.waitForText("#request-answer", "Si un compte Passerelle");
        return this;
    }

    public String answer() {
        return browser.find("#request-answer").getText();
    }
}
