package fr.passerelle.browser.pages;

/** The published calls for projects, for everyone ({@code /appels-a-projets}). */
public final class PublicCallsPage extends Page {

    PublicCallsPage(Browser browser) {
        super(browser);
    }

    public static PublicCallsPage open(Browser browser) {
        browser.open("/appels-a-projets");
        return new PublicCallsPage(browser);
    }

    /** Follows the call's link; the page then shows the call. */
    public PublicCallsPage openCall(String title) {
        clickLink(title);
        expectHeading(title);
        return this;
    }
}
