package fr.passerelle.browser.pages;

/** The public page of a cluster ({@code /clusters/{slug}}): who it is, its sub-clusters, its named members, its campuses. */
public final class PublicClusterPage extends Page {

    PublicClusterPage(Browser browser) {
        super(browser);
    }

    public static PublicClusterPage open(Browser browser, String slug) {
        browser.open("/clusters/" + slug);
        return new PublicClusterPage(browser);
    }

    public String identity() {
        return text("cluster-identity");
    }

    public String members() {
        return browser.find(".cluster-members").getText();
    }

    public String text() {
        return browser.find("main").getText();
    }
}
