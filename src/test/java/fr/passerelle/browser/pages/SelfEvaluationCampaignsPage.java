package fr.passerelle.browser.pages;

/** The self-evaluation campaigns ({@code /gestion/auto-evaluation}) and the list of one campaign ({@code /gestion/auto-evaluation/{year}}). */
public final class SelfEvaluationCampaignsPage extends Page {

    SelfEvaluationCampaignsPage(Browser browser) {
        super(browser);
    }

    public static SelfEvaluationCampaignsPage open(Browser browser) {
        browser.open("/gestion/auto-evaluation");
        return new SelfEvaluationCampaignsPage(browser);
    }

    public static SelfEvaluationCampaignsPage campaign(Browser browser, int year) {
        browser.open("/gestion/auto-evaluation/" + year);
        return new SelfEvaluationCampaignsPage(browser);
    }

    public String countOf(String status) {
        return text("count-" + status);
    }

    public String list() {
        return text("self-evaluations");
    }
}
