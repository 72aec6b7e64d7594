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

    /**
     * Opens a DREETS correspondent's account in the région, following the campuses whose labels are given; with no
     * campus, the form refuses it.
     */
    public AccountsPage openCorrespondentAccount(String username, String displayName, String email, String region, String... campuses) {
        type("username", username);
        type("displayName", displayName);
        type("email", email);
        select("role", "LABOUR_CORRESPONDENT");
        select("regionCode", region);
        for (String campus : campuses) {
            tickCampus(campus);
        }
        click("open-account");
        return this;
    }

    /** Ticks the followed campus whose label is given. */
    void tickCampus(String campus) {
        var label = browser.find("#followedCampusIds").findElement(org.openqa.selenium.By.xpath(".//label[normalize-space(.)='" + campus + "']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
    }

    /** Opens the page of the campuses the account follows, from its row. */
    public AccountsPage openFollowedCampuses(String username) {
        browser.find("a[aria-label='Campus suivis par " + username + "']").click();
        return this;
    }

    /** On the followed campuses page: ticks one more campus and saves. */
    public AccountsPage followAlso(String campus) {
        tickCampus(campus);
        click("save-followed");
        return this;
    }

    public String accounts() {
        return browser.find("table").getText();
    }
}
