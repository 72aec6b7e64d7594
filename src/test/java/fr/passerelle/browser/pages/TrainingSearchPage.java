package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.WebElement;

/** The search of the training catalogue ({@code /formations}): words and facets update the results in place (htmx). */
public final class TrainingSearchPage extends Page {

    TrainingSearchPage(Browser browser) {
        super(browser);
    }

    public static TrainingSearchPage open(Browser browser) {
        browser.open("/formations");
        browser.waitForText("h1", "Rechercher une formation");
        return new TrainingSearchPage(browser);
    }

    /** Types the words and waits until htmx has replaced the results (their count changes). */
    public TrainingSearchPage search(String words) {
        String before = count();
        type("q", words);
        browser.waiting().until(d -> !count().equals(before));
        return this;
    }

    public String count() {
        return browser.find("#result-count").getText();
    }

    public List<String> titles() {
        return browser.findAll(".training-results h3").stream().map(WebElement::getText).toList();
    }

    public TrainingSheetPage openResult(String title) {
        clickLink(title);
        browser.waitForText("h1", title);
        return new TrainingSheetPage(browser);
    }
}
