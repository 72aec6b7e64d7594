package fr.passerelle.browser.pages;

/** A cluster's commissions ({@code /gestion/clusters/{id}/commissions}): the list, the form constituting one. */
public final class ClusterCommissionsPage extends Page {

    ClusterCommissionsPage(Browser browser) {
        super(browser);
    }

    public static ClusterCommissionsPage open(Browser browser, String path) {
        browser.open(path);
        return new ClusterCommissionsPage(browser);
    }

    /** Constitutes a commission of that kind (its code) expecting that many meetings a year; lands on its page. */
    public RegionalBodyPage constitute(String kind, String name, String meetingsPerYear) {
        select("kind", kind);
        type("name", name);
        type("meetingsPerYear", meetingsPerYear);
        click("constitute");
        browser.waitForPath(p -> p.matches(".*/commissions/[0-9a-f-]{36}"));
        return new RegionalBodyPage(browser);
    }

    public String commissions() {
        return text("commissions");
    }
}
