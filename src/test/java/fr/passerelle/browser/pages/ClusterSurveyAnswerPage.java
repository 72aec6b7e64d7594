package fr.passerelle.browser.pages;

import org.openqa.selenium.support.ui.Select;

/** A company's answer to a cluster's survey ({@code /gestion/clusters/{id}/enquetes/{campagne}/reponse}), one group of fields per trade. */
public final class ClusterSurveyAnswerPage extends Page {

    ClusterSurveyAnswerPage(Browser browser) {
        super(browser);
    }

    /** From the landing page's panel of surveys waiting for an answer: follows the one whose title is given. */
    public static ClusterSurveyAnswerPage fromLanding(Browser browser, String title) {
        browser.findAll("#survey-panel a").stream().filter(a -> a.getText().contains(title)).findFirst().orElseThrow().click();
        browser.waitForText("h1", title);
        return new ClusterSurveyAnswerPage(browser);
    }

    private void fill(String id, String text) {
        var input = browser.find("[id='" + id + "']");
        input.clear();
        input.sendKeys(text);
    }

    /** The position on the form of the trade whose label is given. */
    private int indexOf(String trade) {
        String id = browser.findAll(".trade-answer legend").stream().filter(l -> l.getText().contains(trade)).findFirst().orElseThrow()
                .getAttribute("id");
        return Integer.parseInt(id.replace("trade-", "").replace("-legend", ""));
    }

    /** Fills the figures of the trade whose label is given; difficulty from 1 to 4. */
    public ClusterSurveyAnswerPage trade(String trade, int hiringNeeds, int difficulty, int unfilled, int forecast, String skills) {
        String p = "trades[" + indexOf(trade) + "].";
        fill(p + "hiringNeeds", Integer.toString(hiringNeeds));
        new Select(browser.find("[id='" + p + "difficulty']")).selectByValue(Integer.toString(difficulty));
        fill(p + "unfilled", Integer.toString(unfilled));
        fill(p + "forecast", Integer.toString(forecast));
        fill(p + "skills", skills);
        return this;
    }

    public String unfilled(String trade) {
        return browser.find("[id='trades[" + indexOf(trade) + "].unfilled']").getAttribute("value");
    }

    public ClusterSurveyAnswerPage save() {
        click("save-answer");
        return this;
    }

    /** The answer's history, newest first, one line per change. */
    public String history() {
        return browser.find("#answer-history").getText();
    }
}
