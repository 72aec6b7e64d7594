package fr.passerelle.browser.pages;

/** A candidate's self-registration ({@code /candidats/inscription}). */
public final class CandidateRegistrationPage extends Page {

    CandidateRegistrationPage(Browser browser) {
        super(browser);
    }

    public static CandidateRegistrationPage open(Browser browser) {
        browser.open("/candidats/inscription");
        return new CandidateRegistrationPage(browser);
    }

    /** Fills the form, ticking the consents named by their slug ({@code banque-cv}, {@code alertes}, {@code salons}). */
    public CandidateRegistrationPage fill(String name, String email, String password, String confirmation, String... consents) {
        replace("displayName", name);
        replace("email", email);
        type("password", password);
        type("confirmation", confirmation);
        for (String consent : consents) {
            if (!isChecked("consent-" + consent)) {
                check("consent-" + consent);
            }
        }
        return this;
    }

    /** Submits, expecting the form back with its errors. */
    public CandidateRegistrationPage submitWithErrors() {
        click("registration-submit");
        browser.waitForText("#form-error-summary", "erreur");
        return this;
    }

    /** Submits, expecting the answer that an e-mail left. */
    public String submit() {
        click("registration-submit");
        browser.waitForText("#registration-answer", "Vérifiez votre messagerie");
        return text("registration-answer");
    }
}
