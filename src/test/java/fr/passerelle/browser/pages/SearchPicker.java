package fr.passerelle.browser.pages;

/**
 * A search-as-you-type picker (organisation, diploma): a text field {@code <field>-q} whose results, swapped in by
 * htmx into {@code <field>-results}, are radio buttons (or checkboxes, for several) to choose from.
 */
public final class SearchPicker {

    private final Browser browser;
    private final String field;

    SearchPicker(Browser browser, String field) {
        this.browser = browser;
        this.field = field;
    }

    public SearchPicker search(String text) {
        browser.find("#" + field + "-q").sendKeys(text);
        return this;
    }

    /** Waits until the results show the text. */
    public SearchPicker expectResult(String text) {
        browser.waitForText("#" + field + "-results", text);
        return this;
    }

    public void chooseFirst() {
        browser.find("#" + field + "-results label").click();
    }

    /** Chooses the result whose value is the code (e.g. a diploma's code). */
    public void choose(String value) {
        browser.find("label[for='" + field + "-" + value + "']").click();
    }

    boolean isShown() {
        return !browser.findAll("#" + field + "-q").isEmpty();
    }
}
