package fr.passerelle.browser.pages;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The indicators dashboard of a campus ({@code /gestion/campus/{id}/indicateurs?annee=…}): values by theme and year. */
public final class IndicatorsPage extends Page {

    IndicatorsPage(Browser browser) {
        super(browser);
    }

    public static IndicatorsPage open(Browser browser, UUID campus, int year) {
        browser.open("/gestion/campus/" + campus + "/indicateurs?annee=" + year);
        return new IndicatorsPage(browser);
    }

    /** Chooses the year in the selector and shows it. */
    public IndicatorsPage showYear(int year) {
        new Select(browser.find("#annee")).selectByValue(Integer.toString(year));
        click("show-year");
        browser.waitForPath(p -> p.contains("annee=" + year));
        return this;
    }

    /** The value of the indicator for the year shown (its last year column). */
    public String value(String code) {
        return browser.find("#indicator-" + code + " td.current-year .figure").getText();
    }

    /** The trend of the indicator, in words. */
    public String trend(String code) {
        var cells = browser.findAll("#indicator-" + code + " td");
        return cells.get(cells.size() - 2).getText();
    }

    /** Follows the value of the year shown to the rows it counts. */
    public DrillDownPage drillDown(String code) {
        browser.find("#indicator-" + code + " td.current-year").findElement(By.tagName("a")).click();
        browser.waitForPath(p -> p.contains("/indicateurs/" + code + "/"));
        return new DrillDownPage(browser);
    }
}
