package fr.passerelle.browser.pages;

import java.time.YearMonth;
import java.util.UUID;
import org.openqa.selenium.By;

/** A cluster's HR support calendar ({@code /gestion/clusters/{id}/accompagnement}), one month of events. */
public final class HrSupportCalendarPage extends Page {

    HrSupportCalendarPage(Browser browser) {
        super(browser);
    }

    public static HrSupportCalendarPage open(Browser browser, UUID cluster, YearMonth month) {
        browser.open("/gestion/clusters/" + cluster + "/accompagnement?mois=" + month);
        return new HrSupportCalendarPage(browser);
    }

    /** Waits until the month's list shows the text. */
    public void expectListed(String text) {
        browser.waitForText("#event-list", text);
    }

    public HrSupportEventPage openEvent(String title) {
        browser.find("#event-list").findElement(By.linkText(title)).click();
        return new HrSupportEventPage(browser);
    }
}
