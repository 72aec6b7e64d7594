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

    /**
     * Chooses the result whose value is the code (e.g. a diploma's code), and waits until the choice holds: a search
     * typed slowly (a loaded machine) sends several requests, and a late answer swaps the results again, dropping a
     * choice made on an earlier one. The choice holds once it is ticked with no request running, twice in a row.
     */
    public void choose(String value) {
        int[] steady = {0};
        browser.waiting().until(driver -> {
            var input = browser.find("#" + field + "-" + value);
            boolean idle = Boolean.TRUE.equals(browser.script("return document.querySelector('.htmx-request') === null"));
            if (!input.isSelected()) {
                browser.find("label[for='" + field + "-" + value + "']").click();
                steady[0] = 0;
                return false;
            }
            steady[0] = idle ? steady[0] + 1 : 0;
            return steady[0] >= 2;
        });
    }

    boolean isShown() {
        return !browser.findAll("#" + field + "-q").isEmpty();
    }
}
