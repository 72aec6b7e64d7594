package fr.passerelle.browser.pages;

/** The accounts, opened by the national administrator ({@code /gestion/comptes}). */
public final class AccountsPage extends Page {

    AccountsPage(Browser browser) {
        super(browser);
    }

    public static AccountsPage open(Browser browser) {
        browser.open("/gestion/comptes");
        return new AccountsPage(browser);
    }

    /** Opens an account with the role given (e.g. {@code PARTNER_MEMBER}) for the organisation found by the search. */
    public AccountsPage openAccount(String username, String displayName, String email, String role, String organisation) {
        type("username", username);
        type("displayName", displayName);
        type("email", email);
        select("role", role);
        new SearchPicker(browser, "organisationId").search(organisation).expectResult(organisation).chooseFirst();
        click("open-account");
        return this;
    }

    public String accounts() {
        return browser.find("table").getText();
    }
}
