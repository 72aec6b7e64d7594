package fr.passerelle.browser.pages;

/** A cluster's surveys ({@code /gestion/clusters/{id}/enquetes}): its campaigns with their response rates, links to the results. */
public final class ClusterSurveysPage extends Page {

    ClusterSurveysPage(Browser browser) {
        super(browser);
    }

    public static ClusterSurveysPage open(Browser browser, java.util.UUID clusterId) {
        browser.open("/gestion/clusters/" + clusterId + "/enquetes");
        return new ClusterSurveysPage(browser);
    }

    /** The response rate shown for the campaign, e.g. « 1 / 1 (100 %) ». */
    public String responseRate(java.util.UUID campaignId) {
        return browser.find("#campaign-" + campaignId + " .response-rate").getText();
    }

    /** Opens the results of a kind of campaign, by the label of its button. */
    public ClusterSurveyResultsPage results(String kindLabel) {
        clickLink(kindLabel);
        browser.waitForText("h1", "Résultats");
        return new ClusterSurveyResultsPage(browser);
    }

    /** The page of one campaign (settings, trades, panel): the panel's table text. */
    public static ClusterSurveysPage openCampaign(Browser browser, java.util.UUID clusterId, java.util.UUID campaignId) {
        browser.open("/gestion/clusters/" + clusterId + "/enquetes/" + campaignId);
        browser.waitForText("#panel", "Panel");
        return new ClusterSurveysPage(browser);
    }

    public String panel() {
        return browser.find("#panel-table").getText();
    }
}
