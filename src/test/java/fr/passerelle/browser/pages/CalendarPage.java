package fr.passerelle.browser.pages;

import java.time.YearMonth;
import java.util.UUID;

/** The calendar of a campus's meetings and actions ({@code /gestion/campus/{id}/calendrier}), by month or as a list. */
public final class CalendarPage extends Page {

    CalendarPage(Browser browser) {
        super(browser);
    }

    public static CalendarPage openList(Browser browser, UUID campus, YearMonth month) {
        browser.open("/gestion/campus/" + campus + "/calendrier?vue=liste&mois=" + month);
        return new CalendarPage(browser);
    }

    /** Goes to the next month, which the address then names. */
    public CalendarPage nextMonth(YearMonth expected) {
        click("next-month");
        browser.waitForPath(p -> p.contains("mois=" + expected));
        return this;
    }

    public String monthGrid() {
        return text("month-grid");
    }

    public CalendarPage showAsList() {
        click("view-list");
        return this;
    }

    /** Waits until the list shows the text. */
    public void expectListed(String text) {
        browser.waitForText("#calendar-list", text);
    }

    public String list() {
        return text("calendar-list");
    }

    public MeetingPage openFirstItem() {
        browser.find("#calendar-list a").click();
        return new MeetingPage(browser);
    }
}
