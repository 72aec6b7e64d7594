package fr.passerelle.browser.pages;

import org.openqa.selenium.By;

/** The sections of a campus's back-office pages, in its side menu ("Pages de gestion du campus"), found by their names. */
public final class CampusTabs {

    private final Browser browser;

    CampusTabs(Browser browser) {
        this.browser = browser;
    }

    public BodiesPage bodies() {
        open("Instances et réunions");
        browser.waitForPath(p -> p.endsWith("/instances"));
        return new BodiesPage(browser);
    }

    public BudgetPage budget() {
        open("Budget");
        browser.waitForPath(p -> p.contains("/budget"));
        return new BudgetPage(browser);
    }

    public CalendarPage calendar() {
        open("Calendrier");
        browser.waitForPath(p -> p.contains("/calendrier"));
        return new CalendarPage(browser);
    }

    public IndicatorsPage indicators() {
        open("Indicateurs");
        browser.waitForPath(p -> p.contains("/indicateurs"));
        return new IndicatorsPage(browser);
    }

    public HistoryPage history() {
        open("Historique");
        return new HistoryPage(browser);
    }

    public CampusPage publicPage() {
        String address = browser.find("nav.campus-sidemenu")
                .findElement(By.linkText("Page publique")).getAttribute("href");
        browser.driver().get(address);
        return new CampusPage(browser);
    }

    private void open(String tab) {
        browser.find("nav.campus-sidemenu").findElement(By.linkText(tab)).click();
    }
}
