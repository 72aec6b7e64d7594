package fr.passerelle.browser.pages;

/** The shared space of a région ({@code /gestion/regions/{code}/espace-partage}): its campuses' documents and its bodies'. */
public final class SharedSpacePage extends Page {

    SharedSpacePage(Browser browser) {
        super(browser);
    }

    public static SharedSpacePage open(Browser browser, String path) {
        browser.open(path);
        return new SharedSpacePage(browser);
    }

    public String count() {
        return text("shared-count");
    }
}
