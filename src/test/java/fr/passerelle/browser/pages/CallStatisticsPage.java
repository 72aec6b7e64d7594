package fr.passerelle.browser.pages;

/** The statistics of a call for projects: dossiers by step. */
public final class CallStatisticsPage extends Page {

    CallStatisticsPage(Browser browser) {
        super(browser);
    }

    /** How many dossiers are at the step (e.g. {@code SUBMITTED}). */
    public String countAt(String step) {
        return browser.find("#step-" + step + " .count").getText();
    }

    /** Goes back, as with the browser's button, to the board it came from. */
    public ReviewBoardPage back() {
        browser.driver().navigate().back();
        return new ReviewBoardPage(browser);
    }
}
