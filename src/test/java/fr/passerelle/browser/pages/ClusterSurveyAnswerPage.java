package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.WebElement;
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
    public ClusterSurveyAnswerPage trade(String trade, int hiringNeeds, int difficulty, int unfilled, int forecast) {
        String p = "trades[" + indexOf(trade) + "].";
        fill(p + "hiringNeeds", Integer.toString(hiringNeeds));
        new Select(browser.find("[id='" + p + "difficulty']")).selectByValue(Integer.toString(difficulty));
        fill(p + "unfilled", Integer.toString(unfilled));
        fill(p + "forecast", Integer.toString(forecast));
        return this;
    }

    /** Types in the trade's ROME skills picker, waits for the suggestion of that skill (htmx), and ticks it. */
    public ClusterSurveyAnswerPage pickSkill(String trade, String typed, String expected, int skillOgr) {
        new SearchPicker(browser, "skills" + indexOf(trade)).search(typed).expectResult(expected).choose(Integer.toString(skillOgr));
        return this;
    }

    /** The ROME skills chosen for the trade, as their labels. */
    public List<String> chosenSkills(String trade) {
        int i = indexOf(trade);
        return browser.findAll("#skills" + i + " label[for^='chosen" + i + "-']").stream().map(WebElement::getText).toList();
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
