package fr.passerelle.browser.pages;

/** The back office's home ({@code /gestion}): the campuses of the person's scope, each with its links. */
public final class BackOfficeHomePage extends Page {

    BackOfficeHomePage(Browser browser) {
        super(browser);
    }

    public static BackOfficeHomePage open(Browser browser) {
        browser.open("/gestion");
        return new BackOfficeHomePage(browser);
    }

    /** Waits until the browser is back on the home of the back office. */
    public static BackOfficeHomePage expectReached(Browser browser) {
        browser.waitForPath(p -> p.endsWith("/gestion"));
        return new BackOfficeHomePage(browser);
    }

    /** Follows the "Modifier" link of the first campus listed. */
    public CampusFormPage editCampus() {
        browser.find("a[aria-label^='Modifier']").click();
        browser.waitForPath(p -> p.endsWith("/modifier"));
        return new CampusFormPage(browser);
    }

    /** Follows the "Partenaires" link of the first campus listed. */
    public PartnersPage openPartners() {
        browser.find("a[aria-label^='Partenaires de']").click();
        browser.waitForPath(p -> p.endsWith("/partenaires"));
        return new PartnersPage(browser);
    }
}
