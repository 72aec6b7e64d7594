package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The consolidated dashboard of the nation, a région or an académie ({@code /gestion/tableaux-de-bord…}): per theme and
 * indicator, the value of the year, the year before, the change, a chart and its data table.
 */
public final class ScopeDashboardPage extends Page {

    ScopeDashboardPage(Browser browser) {
        super(browser);
    }

    public static ScopeDashboardPage open(Browser browser, String path) {
        browser.open(path);
        return new ScopeDashboardPage(browser);
    }

    /** Follows the first dashboard link of the landing page's indicators panel. */
    public static ScopeDashboardPage fromLanding(Browser browser) {
        browser.find("#dashboard-link-1").click();
        browser.waitForPath(p -> p.contains("/gestion/tableaux-de-bord"));
        return new ScopeDashboardPage(browser);
    }

    /** Chooses the year and shows it. */
    public ScopeDashboardPage showYear(int year) {
        select("annee", Integer.toString(year));
        click("show-dashboard");
        browser.waitForPath(p -> p.contains("annee=" + year));
        return this;
    }

    /** Chooses the theme and shows it. */
    public ScopeDashboardPage showTheme(String theme) {
        select("theme", theme);
        click("show-dashboard");
        browser.waitForPath(p -> p.contains("theme=" + theme));
        return this;
    }

    /** The codes of the indicators shown. */
    public List<String> codes() {
        return browser.findAll("article.scope-indicator").stream().map(a -> a.getAttribute("id").substring("indicator-".length())).toList();
    }

    /** The value of the indicator for the year shown. */
    public String value(String code) {
        return browser.find("#indicator-" + code + " .figure").getText();
    }

    /** The nation's value of the year, on a région's page. */
    public String nation(String code) {
        return browser.find("#indicator-" + code + " .nation").getText();
    }

    /** The rows of the chart's data table: year, value, campuses. */
    public List<String> dataTable(String code) {
        return browser.findAll("#indicator-" + code + " tbody tr").stream().map(WebElement::getText).toList();
    }

    /** The accessible description of the chart. */
    public String chartDescription(String code) {
        return browser.find("#chart-desc-" + code).getAttribute("textContent");
    }

    /** When the figures shown were consolidated: « Chiffres consolidés le … ». */
    public String freshness() {
        return browser.find("#freshness").getText();
    }

    /** The national administration recomputes the consolidated figures now; back on the national dashboard. */
    public ScopeDashboardPage refreshFigures() {
        click("refresh-facts-button");
        expectSuccess("Chiffres consolidés recalculés");
        return new ScopeDashboardPage(browser);
    }

    /** Follows the link to a narrower scope (a région of the nation, an académie of a région). */
    public ScopeDashboardPage openChild(String label) {
        browser.find("#children").findElement(By.linkText(label)).click();
        browser.waitForPath(p -> p.contains("/regions/") || p.contains("/academies/"));
        return new ScopeDashboardPage(browser);
    }

    /** Follows an indicator to the campuses of the scope with their value. */
    public ScopeCampusesPage campuses(String code) {
        browser.find("#indicator-" + code + " a.campuses-link").click();
        browser.waitForPath(p -> p.contains("/indicateurs/" + code + "/"));
        return new ScopeCampusesPage(browser);
    }
}
