package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public directory of clusters ({@code /clusters}): words and filters, the results updated by htmx, the map of the seats. */
public final class ClusterDirectoryPage extends Page {

    ClusterDirectoryPage(Browser browser) {
        super(browser);
    }

    public static ClusterDirectoryPage open(Browser browser) {
        browser.open("/clusters");
        return new ClusterDirectoryPage(browser);
    }

    public String resultCount() {
        return browser.find("#result-count strong").getText();
    }

    /** Types in the search field, then waits until the number of results changed. */
    public ClusterDirectoryPage search(String text) {
        String before = resultCount();
        type("q", text);
        browser.waiting().until(d -> !d.findElement(By.cssSelector("#result-count strong")).getText().equals(before));
        return this;
    }

    /** Chooses a région in the filter, then waits until the address carries it. */
    public ClusterDirectoryPage filterByRegion(String regionCode) {
        select("region", regionCode);
        browser.waiting().until(ExpectedConditions.urlContains("region=" + regionCode));
        return this;
    }

    /** Waits until the results list the cluster. */
    public ClusterDirectoryPage expectResult(String name) {
        browser.waitForText("#cluster-results", name);
        return this;
    }

    public List<String> resultTitles() {
        return browser.findAll("#cluster-results .fr-card__title a").stream().map(WebElement::getText).toList();
    }

    /** The markers of the map, one per seat. */
    public int markers() {
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#cluster-map .leaflet-marker-icon")).isEmpty());
        return browser.findAll("#cluster-map .leaflet-marker-icon").size();
    }

    /** Waits until the titles of the map's markers satisfy the condition (the map is redrawn after an htmx update), then gives them. */
    public List<String> markerTitlesOnceThey(java.util.function.Predicate<List<String>> condition) {
        browser.waiting().until(d -> condition.test(d.findElements(By.cssSelector("#cluster-map .leaflet-marker-icon")).stream()
                .map(e -> e.getAttribute("title")).toList()));
        return browser.findAll("#cluster-map .leaflet-marker-icon").stream().map(e -> e.getAttribute("title")).toList();
    }

    public PublicClusterPage openCluster(String title) {
        clickLink(title);
        return new PublicClusterPage(browser);
    }
}
