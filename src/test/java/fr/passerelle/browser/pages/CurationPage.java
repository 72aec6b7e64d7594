package fr.passerelle.browser.pages;

import java.util.UUID;

/**
 * The trade sheets of a campus in its back office ({@code /gestion/campus/{id}/metiers}): the selection, the trade
 * picker, and the form of a sheet with its French and English tabs.
 */
public final class CurationPage extends Page {

    CurationPage(Browser browser) {
        super(browser);
    }

    public static CurationPage open(Browser browser, UUID campus) {
        browser.open("/gestion/campus/" + campus + "/metiers");
        browser.waitForText("h2", "Fiches métiers");
        return new CurationPage(browser);
    }

    public SearchPicker trade() {
        return new SearchPicker(browser, "tradeCode");
    }

    /** Adds the trade chosen in the picker: the sheet's form opens. */
    public CurationPage addTrade() {
        click("add-trade");
        browser.waitForText("#sheet-title", "(");
        return this;
    }

    public CurationPage openSheet(String code) {
        browser.find("#sheet-" + code + " td a").click();
        browser.waitForText("#sheet-title", code);
        return this;
    }

    public String selectionText() {
        return browser.find("#selection").getText();
    }

    /** Shows the English tab of the sheet's form. */
    public CurationPage englishTab() {
        click("tab-en");
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("missionsEn")));
        return this;
    }

    public CurationPage write(String field, String text) {
        replace(field, text);
        return this;
    }

    public CurationPage save() {
        click("save-sheet");
        return this;
    }

    public CurationPage markReviewed() {
        click("mark-reviewed");
        return this;
    }
}
