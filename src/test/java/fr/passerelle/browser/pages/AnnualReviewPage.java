package fr.passerelle.browser.pages;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A campus's annual review of a year ({@code /gestion/campus/{id}/bilans/{year}}): the director's commentary and the workflow's acts. */
public final class AnnualReviewPage extends Page {

    AnnualReviewPage(Browser browser) {
        super(browser);
    }

    public static AnnualReviewPage open(Browser browser, UUID campus, int year) {
        browser.open("/gestion/campus/" + campus + "/bilans/" + year);
        return new AnnualReviewPage(browser);
    }

    /** Writes the commentary of a section: OVERALL, ACTIONS, TOTALS, BUDGET, INDICATORS. */
    public AnnualReviewPage comment(String section, String text) {
        WebElement field = browser.driver().findElement(By.id("texts[" + section + "]"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public AnnualReviewPage save() {
        click("save-commentary");
        return this;
    }

    /** Submits to the academic referent, confirming in the modal. */
    public AnnualReviewPage submit() {
        click("submit-review");
        confirm();
        return this;
    }

    /** Sends it back to the director with the reason, confirming in the modal. */
    public AnnualReviewPage sendBack(String reason) {
        replace("send-back-comment", reason);
        click("send-back");
        confirm();
        return this;
    }

    public AnnualReviewPage acknowledge(String comment) {
        replace("acknowledge-comment", comment);
        click("acknowledge");
        return this;
    }

    public String status() {
        return text("status");
    }

    public boolean editable() {
        return !browser.driver().findElements(By.id("commentary-form")).isEmpty();
    }

    public String history() {
        return text("history");
    }

    public String dataDate() {
        return text("data-date");
    }

    /** The commentary shown, read-only, for a section. */
    public String commentaryShown(String section) {
        return text("commentary-" + section);
    }

    private void confirm() {
        browser.waiting().until(d -> d.findElement(By.id("confirm-modal")).getAttribute("class").contains("fr-modal--opened"));
        click("confirm-modal-accept");
    }
}
