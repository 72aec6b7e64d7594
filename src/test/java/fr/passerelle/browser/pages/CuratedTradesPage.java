package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public trade sheets of a campus or a cluster: its selection ({@code /campus/{slug}/metiers}, {@code …/en}) and
 * an enriched sheet ({@code …/metiers/{code}}, {@code …/{code}/en}).
 */
public final class CuratedTradesPage extends Page {

    CuratedTradesPage(Browser browser) {
        super(browser);
    }

    public static CuratedTradesPage open(Browser browser, String path) {
        browser.open(path);
        return new CuratedTradesPage(browser);
    }

    /** From a campus's public page, follows the link of its trade sheets panel. */
    public static CuratedTradesPage fromCampusPage(CampusPage campus) {
        campus.browser.find("#all-trades").click();
        campus.browser.waitForText("h1", "Fiches métiers");
        return new CuratedTradesPage(campus.browser);
    }

    /** The titles of the sheets of the selection, in its order. */
    public List<String> titles() {
        return browser.findAll("#public-selection .fr-card__title").stream().map(WebElement::getText).toList();
    }

    public CuratedTradesPage openSheet(String title) {
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForText("h1", title);
        return this;
    }

    /** Follows the link to the other language ("English version", "Version française"). */
    public CuratedTradesPage switchLanguage(String linkText) {
        String before = browser.currentPath();
        browser.driver().findElement(By.linkText(linkText)).click();
        browser.waitForPath(path -> !path.equals(before));
        return this;
    }

    /** The language the page's content is written in: the {@code lang} of its article or of the selection. */
    public String contentLanguage() {
        List<WebElement> article = browser.findAll("#sheet-content");
        return (article.isEmpty() ? browser.find("#selection-content") : article.get(0)).getAttribute("lang");
    }

    /** The language of the enrichment block: the page's language, or French when the sheet falls back to it. */
    public String enrichmentLanguage() {
        return browser.find("#enrichment").getAttribute("lang");
    }

    /** From an enriched sheet, follows the link to the national sheet of the trade. */
    public TradeSheetPage openNationalSheet() {
        browser.find("#national-sheet").click();
        browser.waitForPath(p -> p.startsWith("/metiers/"));
        return new TradeSheetPage(browser);
    }

    public String text() {
        return browser.find("main").getText();
    }
}
