package fr.passerelle.browser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public search of campuses ({@code /campus}): a text field and facets, the results updated by htmx. */
public final class SearchPage extends Page {

    /** A facet value: its checkbox and the number of campuses its badge announces. */
    public record Facet(String id, long count) {
    }

    SearchPage(Browser browser) {
        super(browser);
    }

    public static SearchPage open(Browser browser) {
        browser.open("/campus");
        return new SearchPage(browser);
    }

    public static SearchPage open(Browser browser, String query) {
        browser.open("/campus?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return new SearchPage(browser);
    }

    /** The number of results, as the page writes it. */
    public String resultCount() {
        return browser.find("#result-count strong").getText();
    }

    public void expectResultCount(String count) {
        browser.waitForText("#result-count strong", count);
    }

    /** Types in the search field, then waits until the number of results changed. */
    public SearchPage search(String text) {
        String before = resultCount();
        type("q", text);
        browser.waiting().until(d -> !d.findElement(By.cssSelector("#result-count strong")).getText().equals(before));
        return this;
    }

    public List<String> resultTitles() {
        return browser.findAll(".fr-card__title a").stream().map(WebElement::getText).toList();
    }

    public Facet firstRegion() {
        String id = browser.findAll("#facet-region input[type=checkbox]").get(0).getAttribute("id");
        return new Facet(id, Long.parseLong(browser.find("label[for='" + id + "'] .fr-badge").getText().strip()));
    }

    /** Ticks the facet value, then waits until the address carries the région filter. */
    public SearchPage filterBy(Facet facet) {
        check(facet.id());
        browser.waiting().until(ExpectedConditions.urlContains("region="));
        return this;
    }

    public boolean isChosen(Facet facet) {
        return isChecked(facet.id());
    }

    /** Marks the current document, to tell later whether the page was reloaded or only updated in place. */
    public void markDocument() {
        browser.script("window.__sameDocument = true");
    }

    public boolean isSameDocument() {
        return Boolean.TRUE.equals(browser.script("return window.__sameDocument === true"));
    }

    public String address() {
        return browser.currentUrl();
    }

    /** Opens an address as someone who received it would. */
    public static SearchPage openAddress(Browser browser, String address) {
        browser.driver().get(address);
        return new SearchPage(browser);
    }

    /** Types a place and chooses a distance, then asks for the campuses around it and waits for them. */
    public SearchPage searchAround(String place, int kilometres) {
        replace("lieu", place);
        select("distance", Integer.toString(kilometres));
        browser.find(".search-place-submit button").click();
        // Leaving the place field already searches (at the distance then chosen): wait for the answer at this distance.
        browser.waiting().until(ExpectedConditions.urlContains("distance=" + kilometres));
        browser.waitForText("#result-place", "à moins de " + kilometres + " km de");
        return this;
    }

    /** What the count says of the place searched around, e.g. "à moins de 20 km de Lille (59000), …". */
    public String resultPlace() {
        return browser.find("#result-place").getText();
    }

    /** The distance each result shows, in the order of the results. */
    public List<String> resultDistances() {
        return browser.findAll(".campus-distance").stream().map(WebElement::getText).toList();
    }

    public CampusPage openCampus(String name) {
        browser.driver().findElement(By.linkText(name)).click();
        browser.waitForPath(p -> p.matches("/campus/[a-z0-9-]+$"));
        return new CampusPage(browser);
    }

    public CampusPage openFirstCampus() {
        browser.find(".fr-card__title a").click();
        browser.waitForPath(p -> p.matches("/campus/[a-z0-9-]+$"));
        return new CampusPage(browser);
    }
}
