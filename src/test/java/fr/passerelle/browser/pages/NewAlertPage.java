package fr.passerelle.browser.pages;

/** Saving the board's search as an alert ({@code /candidat/alertes/nouvelle}). */
public final class NewAlertPage extends Page {

    NewAlertPage(Browser browser) {
        super(browser);
    }

    public String searchDescription() {
        return text("search-description");
    }

    public NewAlertPage name(String name) {
        replace("name", name);
        return this;
    }

    public CandidateAlertsPage save() {
        click("alert-submit");
        browser.waitForPath(p -> p.endsWith("/candidat/alertes"));
        return new CandidateAlertsPage(browser);
    }
}
