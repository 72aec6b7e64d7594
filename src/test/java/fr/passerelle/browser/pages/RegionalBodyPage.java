package fr.passerelle.browser.pages;

/**
 * A regional body, a network or a cluster's commission ({@code /gestion/regions/{code}/instances/{id}},
 * {@code /gestion/reseaux/{id}}, {@code /gestion/clusters/{id}/commissions/{bodyId}}): members, years, meetings.
 */
public final class RegionalBodyPage extends Page {

    RegionalBodyPage(Browser browser) {
        super(browser);
    }

    public static RegionalBodyPage open(Browser browser, String path) {
        browser.open(path);
        return new RegionalBodyPage(browser);
    }

    /** Searches the directory and appoints the first person found, holding the seat (its code), from today. */
    public RegionalBodyPage appointFirstFound(String search, String seat) {
        type("personne", search);
        click("search-person");
        browser.waitForText("#candidates", search);
        new org.openqa.selenium.support.ui.Select(browser.find("#candidates select[name='seat']")).selectByValue(seat);
        browser.find("#candidates button[aria-label^='Ajouter']").click();
        return this;
    }

    /** Searches the directory and appoints the first person found, from today, on a body without seats (a cluster's commission). */
    public RegionalBodyPage appointFirstFound(String search) {
        type("personne", search);
        click("search-person");
        browser.waitForText("#candidates", search);
        browser.find("#candidates button[aria-label^='Ajouter']").click();
        return this;
    }

    public String members() {
        return text("members");
    }

    public RegionalMeetingPage planMeeting(Object start, Object end, String place, String agenda) {
        setDate("startsAt", start);
        setDate("endsAt", end);
        type("place", place);
        type("agenda", agenda);
        click("plan-meeting");
        browser.waitForPath(p -> p.contains("/reunions/"));
        return new RegionalMeetingPage(browser);
    }
}
