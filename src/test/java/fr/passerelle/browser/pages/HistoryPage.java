package fr.passerelle.browser.pages;

/** The history of a campus ({@code /gestion/campus/{id}/historique}): who changed what, newest first. */
public final class HistoryPage extends Page {

    HistoryPage(Browser browser) {
        super(browser);
    }

    /** Waits until the history shows the text. */
    public HistoryPage expectEntry(String text) {
        browser.waitForText("#audit", text);
        return this;
    }

    public String latestEntry() {
        return browser.find("#audit tbody tr").getText();
    }

    public String entries() {
        return text("audit");
    }
}
