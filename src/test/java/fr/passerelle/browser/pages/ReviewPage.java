package fr.passerelle.browser.pages;

/** An expert's review of a dossier: a score per criterion, then handed in. */
public final class ReviewPage extends Page {

    ReviewPage(Browser browser) {
        super(browser);
    }

    public ReviewPage scoreEveryCriterion(int score) {
        for (var label : browser.findAll("label[for$='-" + score + "']")) {
            label.click();
        }
        return this;
    }

    public static ReviewPage open(Browser browser, java.util.UUID dossier) {
        browser.open("/gestion/labellisation/dossiers/" + dossier + "/expertise");
        return new ReviewPage(browser);
    }

    /** The navette shown above the scores: the experts' request and the promoters' answer. */
    public String navette() {
        return browser.find(".navette").getText();
    }

    /** The criteria listed as changed since the version scored before. */
    public java.util.List<String> changedCriteria() {
        return browser.findAll("#changes-summary li").stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** The passages added to a criterion (e.g. {@code REGIONAL_GOVERNANCE}) since the version scored before. */
    public java.util.List<String> additions(String criterion) {
        return browser.findAll("#diff-" + criterion + " ins").stream().map(e -> e.getText().strip()).toList();
    }

    public int changedBadges() {
        return browser.findAll(".fr-badge--new").size();
    }

    public boolean carriedOver() {
        return !browser.findAll("#carried-over").isEmpty();
    }

    /** The score ticked for a criterion, or -1. */
    public int scoreOf(String criterion) {
        for (int n = 0; n <= 4; n++) {
            if (isChecked("score-" + criterion + "-" + n)) {
                return n;
            }
        }
        return -1;
    }

    public String commentOf(String criterion) {
        return browser.find("#comment-" + criterion).getAttribute("value");
    }

    public ReviewPage score(String criterion, int score) {
        check("score-" + criterion + "-" + score);
        return this;
    }

    public ReviewPage handIn() {
        click("submit-review");
        return this;
    }
}
