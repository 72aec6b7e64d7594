package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One governing body of a campus ({@code /gestion/campus/{id}/instances/{body}}): members, seats, colleges, chair, frequency. */
public final class BodyPage extends Page {

    BodyPage(Browser browser) {
        super(browser);
    }

    /** The expected seats of a strategic committee shown as vacant, by label. */
    public List<String> vacantSeats() {
        return browser.driver().findElements(By.xpath("//table[caption]//tr[.//span[normalize-space()='Vacant']]/th")).stream()
                .map(WebElement::getText).toList();
    }

    /** The title of the alert naming the expected seats without holder, or null when there is none. */
    public String missingSeatsAlert() {
        var alerts = browser.driver().findElements(By.cssSelector("#missing-seats .fr-alert__title"));
        return alerts.isEmpty() ? null : alerts.get(0).getText();
    }

    /** Appoints the first person offered, from the day given, holding the expected seat given (e.g. {@code REGION_PRESIDENT}). */
    public BodyPage appointFirstCandidate(Object since, String seat) {
        selectIndex("personId", 1);
        setDate("startedOn", since);
        select("seat", seat);
        click("appoint");
        return this;
    }

    /** Names the chair (by the text of its option) and the number of meetings expected a year. */
    public BodyPage configure(String chair, String meetingsPerYear) {
        selectText("chairPersonId", chair);
        replace("meetingsPerYear", meetingsPerYear);
        click("save-settings");
        return this;
    }

    public String chair() {
        return text("chair");
    }

    public String meetingsPerYear() {
        return text("meetings-per-year");
    }

    /** The options of the chair's list, members of the body. */
    public List<String> chairOptions() {
        return new org.openqa.selenium.support.ui.Select(browser.find("#chairPersonId")).getOptions().stream().map(WebElement::getText)
                .filter(t -> !t.equals("Sélectionner une option")).toList();
    }
}
