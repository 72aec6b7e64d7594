package fr.passerelle.browser.pages;

/** The labels coming to their end, for the regional and national staff ({@code /gestion/labellisation/echeances}). */
public final class ExpiringLabelsPage extends Page {

    ExpiringLabelsPage(Browser browser) {
        super(browser);
    }

    public static ExpiringLabelsPage open(Browser browser) {
        browser.open("/gestion/labellisation/echeances");
        return new ExpiringLabelsPage(browser);
    }
}
