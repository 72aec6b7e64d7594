package fr.passerelle.browser.pages;

/** A région's co-piloting ({@code /gestion/regions/{code}}): its bodies, the form constituting one, the link to its shared space. */
public final class RegionalCoPilotingPage extends Page {

    RegionalCoPilotingPage(Browser browser) {
        super(browser);
    }

    /** Follows the landing page's link to the actor's own région. */
    public static RegionalCoPilotingPage fromLanding(BackOfficeHomePage landing, Browser browser) {
        browser.find("#own-region").click();
        browser.waitForPath(p -> p.matches(".*/gestion/regions/[0-9A-Z]+"));
        return new RegionalCoPilotingPage(browser);
    }

    public RegionalBodyPage constitute(String kind, String name) {
        select("kind", kind);
        type("name", name);
        click("constitute");
        browser.waitForPath(p -> p.contains("/instances/"));
        return new RegionalBodyPage(browser);
    }

    public SharedSpacePage sharedSpace() {
        click("shared-space");
        browser.waitForPath(p -> p.endsWith("/espace-partage"));
        return new SharedSpacePage(browser);
    }
}
