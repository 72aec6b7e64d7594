package fr.passerelle.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * What every page of the platform has: a title, the DSFR flash messages, the form errors next to the fields and
 * their summary, the header; and the axe-core check, one call on any page object.
 */
public abstract class Page {

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    /** Runs axe-core on the page and fails on any serious or critical violation. */
    public void assertAccessible() {
        browser.assertAccessible();
    }

    public void screenshot(String name) {
        browser.screenshot(name);
    }

    public String path() {
        return browser.currentPath();
    }

    public String heading() {
        return browser.find("h1").getText();
    }

    /** Waits until the page's title contains the text. */
    public void expectHeading(String text) {
        browser.waitForText("h1", text);
    }

    /** Waits until the (first) section title contains the text. */
    public void expectSubheading(String text) {
        browser.waitForText("h2", text);
    }

    /** Waits until the page's text contains the text. */
    public void expectText(String text) {
        browser.waitForText("body", text);
    }

    /** Waits for the DSFR success message containing the text. */
    public void expectSuccess(String text) {
        browser.waitForText(".fr-alert--success", text);
    }

    /** Waits for the summary of the form's errors, at the top of the form, to contain the text. */
    public void expectFormError(String text) {
        browser.waitForText("#form-error-summary", text);
    }

    public String formErrorSummary() {
        return browser.find("#form-error-summary").getText();
    }

    /**
     * Waits for the error shown under a field to contain the text. The field is named as the form names it
     * ({@code latitude}, {@code uai}): its input has that id and its error the id {@code <field>-error}.
     */
    public void expectFieldError(String field, String text) {
        browser.waitForText("#" + field + "-error", text);
    }

    /** What the field, named as the form names it, holds now: what was typed, or what the page put in it. */
    public String valueOf(String field) {
        return browser.find("#" + field).getAttribute("value");
    }

    public Header header() {
        return new Header(browser);
    }

    void clickLink(String visibleText) {
        browser.driver().findElement(By.linkText(visibleText)).click();
    }

    void type(String field, String text) {
        browser.find("#" + field).sendKeys(text);
    }

    void replace(String field, String text) {
        var input = browser.find("#" + field);
        input.clear();
        input.sendKeys(text);
    }

    void select(String field, String value) {
        new Select(browser.find("#" + field)).selectByValue(value);
    }

    void selectText(String field, String visibleText) {
        new Select(browser.find("#" + field)).selectByVisibleText(visibleText);
    }

    void selectIndex(String field, int index) {
        new Select(browser.find("#" + field)).selectByIndex(index);
    }

    /** Ticks a DSFR radio button or checkbox by its label, as a user does (the input itself is hidden under it). */
    void check(String inputId) {
        browser.find("label[for='" + inputId + "']").click();
    }

    boolean isChecked(String inputId) {
        return browser.find("#" + inputId).isSelected();
    }

    void click(String id) {
        browser.find("#" + id).click();
    }

    /** Sets a date or date-time input the way a date picker would (Chromium's pickers take no typing reliably). */
    void setDate(String field, Object value) {
        browser.script("document.getElementById('" + field + "').value = '" + value + "';");
    }

    String text(String id) {
        return browser.find("#" + id).getText();
    }
}
