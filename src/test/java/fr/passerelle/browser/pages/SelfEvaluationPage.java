package fr.passerelle.browser.pages;

import java.util.UUID;
import org.openqa.selenium.By;

/** A campus's self-evaluation of a year ({@code /gestion/campus/{id}/auto-evaluation/{year}}): the director's form and the workflow's acts. */
public final class SelfEvaluationPage extends Page {

    SelfEvaluationPage(Browser browser) {
        super(browser);
    }

    public static SelfEvaluationPage open(Browser browser, UUID campus, int year) {
        browser.open("/gestion/campus/" + campus + "/auto-evaluation/" + year);
        return new SelfEvaluationPage(browser);
    }

    /** Rates a theme (GOVERNANCE, INNOVATION…) from 1 to 4 and writes its strengths and areas for progress. */
    public SelfEvaluationPage rate(String theme, int rating, String strengths, String progressAreas) {
        check("rating-" + theme + "-" + rating);
        field(theme, "strengths").clear();
        field(theme, "strengths").sendKeys(strengths);
        field(theme, "progressAreas").clear();
        field(theme, "progressAreas").sendKeys(progressAreas);
        return this;
    }

    public SelfEvaluationPage save() {
        click("save-assessment");
        return this;
    }

    /** Submits to the academic referent, confirming in the modal. */
    public SelfEvaluationPage submit() {
        click("submit-self-evaluation");
        browser.waiting().until(d -> d.findElement(By.id("confirm-modal")).getAttribute("class").contains("fr-modal--opened"));
        click("confirm-modal-accept");
        return this;
    }

    public SelfEvaluationPage comment(String text) {
        replace("comment", text);
        return this;
    }

    public SelfEvaluationPage committeeMetOn(Object day) {
        setDate("committeeMetOn", day);
        return this;
    }

    public SelfEvaluationPage sendBack() {
        click("send-back");
        return this;
    }

    public SelfEvaluationPage forward() {
        click("forward");
        return this;
    }

    public SelfEvaluationPage validate() {
        click("validate");
        return this;
    }

    public SelfEvaluationPage markRead() {
        click("mark-read");
        return this;
    }

    public String status() {
        return text("status");
    }

    public boolean editable() {
        return !browser.driver().findElements(By.id("assessment-form")).isEmpty();
    }

    public String history() {
        return text("history");
    }

    public String ratingShown(String theme) {
        return browser.find("#theme-" + theme + " .theme-rating").getText();
    }

    private org.openqa.selenium.WebElement field(String theme, String name) {
        return browser.driver().findElement(By.name("themes[" + theme + "]." + name));
    }
}
