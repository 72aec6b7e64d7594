package fr.passerelle.browser.pages;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The declaration of a campus's value of a declared indicator for a year
 * ({@code /gestion/campus/{id}/indicateurs/{code}/{year}/declaration}): the form, the value in force, the history.
 * A value's input has the id {@code values[v-<KEY>]} ({@code v-total} without breakdown).
 */
public final class DeclarationPage extends Page {

    private DeclarationPage(Browser browser) {
        super(browser);
    }

    public static DeclarationPage open(Browser browser, UUID campusId, String code, int year) {
        browser.open("/gestion/campus/" + campusId + "/indicateurs/" + code + "/" + year + "/declaration");
        return new DeclarationPage(browser);
    }

    private static String input(String key) {
        return "[id='values[v-" + key + "]']";
    }

    /** Types the value (replacing what the field holds) of a key, {@code total} without breakdown. */
    public DeclarationPage value(String key, String text) {
        var field = browser.find(input(key));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public DeclarationPage comment(String text) {
        replace("comment", text);
        return this;
    }

    public DeclarationPage evidence(Path file) {
        browser.find("#justificatif").sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public DeclarationPage declare() {
        click("declare");
        return this;
    }

    /** What the field of the key holds now. */
    public String typedValue(String key) {
        return browser.find(input(key)).getAttribute("value");
    }

    /** Waits for the error under the key's field to contain the text. */
    public void expectValueError(String key, String text) {
        browser.waitForText("[id='values[v-" + key + "]-error']", text);
    }

    public String currentValue() {
        return text("current-value");
    }

    public int historySize() {
        return browser.findAll("#declaration-history .declaration-row").size();
    }

    public String historyRow(int index) {
        return browser.findAll("#declaration-history .declaration-row").get(index).getText();
    }
}
