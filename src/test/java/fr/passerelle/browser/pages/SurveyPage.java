package fr.passerelle.browser.pages;

/** The satisfaction survey a member present at a meeting answers from their personal link ({@code /satisfaction/{jeton}}). */
public final class SurveyPage extends Page {

    SurveyPage(Browser browser) {
        super(browser);
    }

    public static SurveyPage open(Browser browser, String token) {
        browser.open("/satisfaction/" + token);
        return new SurveyPage(browser);
    }

    public SurveyPage score(int score) {
        check("score-" + score);
        return this;
    }

    public SurveyPage comment(String text) {
        type("comment", text);
        return this;
    }

    public SurveyPage send() {
        click("send-answer");
        return this;
    }

    public boolean isScored(int score) {
        return isChecked("score-" + score);
    }
}
