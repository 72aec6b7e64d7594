package fr.passerelle.browser.pages;

/** The public page of a partner organisation ({@code /partenaires/{id}}), listing the campuses it works with. */
public final class PartnerPage extends Page {

    PartnerPage(Browser browser) {
        super(browser);
    }

    public String text() {
        return browser.find("main").getText();
    }

    /** The title of the list of its campuses. */
    public String campusesTitle() {
        return browser.find("h2").getText();
    }
}
