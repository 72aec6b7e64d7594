package fr.passerelle.browser.pages;

/** The labelling decisions, public ({@code /labellisation/decisions}). */
public final class DecisionsPage extends Page {

    DecisionsPage(Browser browser) {
        super(browser);
    }

    public static DecisionsPage open(Browser browser) {
        browser.open("/labellisation/decisions");
        return new DecisionsPage(browser);
    }

    public CampusPage openCampus(String name) {
        clickLink(name);
        return new CampusPage(browser);
    }
}
