package fr.passerelle.browser.pages;

/** The results of a kind of survey of a cluster, per trade over periods: a chart and its table each. */
public final class ClusterSurveyResultsPage extends Page {

    ClusterSurveyResultsPage(Browser browser) {
        super(browser);
    }

    /** The table of a trade (by its OGR code), as text. */
    public String trade(int ogr) {
        return browser.find("#trade-" + ogr + " table").getText();
    }
}
