package fr.passerelle.browser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public trade search ({@code /metiers}): a text field and facets, the results updated by htmx; and the job-title
 * picker "Trouver un métier par son appellation" in an accordion above it.
 */
public final class TradeSearchPage extends Page {

    TradeSearchPage(Browser browser) {
        super(browser);
    }

    public static TradeSearchPage open(Browser browser) {
        browser.open("/metiers");
        return new TradeSearchPage(browser);
    }

    public static TradeSearchPage open(Browser browser, String query) {
        browser.open("/metiers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return new TradeSearchPage(browser);
    }

    public String resultCount() {
        return browser.find("#result-count strong").getText();
    }

    /** Types in the search field, then waits until the number of results changed. */
    public TradeSearchPage search(String text) {
        String before = resultCount();
        replace("q", text);
        browser.waiting().until(d -> !d.findElement(By.cssSelector("#result-count strong")).getText().equals(before));
        return this;
    }

    public List<String> resultTitles() {
        return browser.findAll("#results .fr-card__title a").stream().map(WebElement::getText).toList();
    }

    /** Ticks a facet value by its parameter and value (e.g. grand-domaine, H), then waits for the address to carry it. */
    public TradeSearchPage filterBy(String parameter, String value) {
        check(parameter + "-" + value);
        browser.waiting().until(ExpectedConditions.urlContains(parameter + "=" + value));
        return this;
    }

    public String address() {
        return browser.currentUrl();
    }

    /** Opens the accordion of the job-title picker and gives the picker. */
    public SearchPicker jobTitlePicker() {
        browser.find("button[aria-controls='job-title-finder']").click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("appellation-q")));
        return new SearchPicker(browser, "appellation");
    }

    /** Sends the picker's form: the sheet of the chosen job title's fiche. */
    public TradeSheetPage openChosenJobTitle() {
        browser.find("#job-title-form button.fr-btn:not(.fr-btn--secondary)").click();
        browser.waitForPath(p -> p.matches("/metiers/[A-Z][0-9]{4}.*"));
        return new TradeSheetPage(browser);
    }

    public TradeSheetPage openTrade(String label) {
        browser.driver().findElement(By.linkText(label)).click();
        browser.waitForPath(p -> p.matches("/metiers/[A-Z][0-9]{4}.*"));
        return new TradeSheetPage(browser);
    }
}
