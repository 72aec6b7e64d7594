package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The campuses of a scope with their value of one indicator ({@code /gestion/tableaux-de-bord/…/indicateurs/{code}/{year}}). */
public final class ScopeCampusesPage extends Page {

    ScopeCampusesPage(Browser browser) {
        super(browser);
    }

    /** The consolidated value of the scope. */
    public String scopeValue() {
        return text("scope-value");
    }

    /** Sorts the list: « nom », « valeur-decroissante » or « valeur-croissante ». */
    public ScopeCampusesPage sortBy(String order) {
        select("tri", order);
        click("sort");
        browser.waitForPath(p -> p.contains("tri=" + order));
        return this;
    }

    /** The campuses' names, in the order shown. */
    public List<String> campusNames() {
        return browser.findAll("#campus-values tbody th").stream().map(WebElement::getText).toList();
    }

    /** The campuses' values, in the order shown. */
    public List<String> values() {
        return browser.findAll("#campus-values td.campus-value").stream().map(WebElement::getText).toList();
    }

    /** Follows the first campus's value to the rows its campus counts. */
    public DrillDownPage drillDownFirst() {
        browser.find("#campus-values tbody tr").findElement(By.cssSelector("a.campus-link")).click();
        browser.waitForPath(p -> p.startsWith("/gestion/campus/"));
        return new DrillDownPage(browser);
    }
}
