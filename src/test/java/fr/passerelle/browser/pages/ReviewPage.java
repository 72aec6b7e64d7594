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

    public ReviewPage handIn() {
        click("submit-review");
        return this;
    }
}
