package fr.passerelle.browser.pages;

/** A meeting of a regional body or a network: invitation, attendance, minutes and decisions. */
public final class RegionalMeetingPage extends Page {

    RegionalMeetingPage(Browser browser) {
        super(browser);
    }

    public RegionalMeetingPage markEveryMemberPresent() {
        browser.findAll("label[for$='-PRESENT']").forEach(org.openqa.selenium.WebElement::click);
        click("save-attendance");
        return this;
    }

    public String participation() {
        return text("participation");
    }

    public RegionalMeetingPage recordMinutes(String minutes, String decisions) {
        type("minutes", minutes);
        type("decisions", decisions);
        click("save-minutes");
        return this;
    }

    /** Opens the form changing the meeting (a planned one). */
    public RegionalMeetingPage openChange() {
        click("change-meeting");
        browser.waitForPath(p -> p.endsWith("/modifier"));
        return this;
    }

    public RegionalMeetingPage changePlace(String place) {
        replace("place", place);
        click("save-meeting");
        browser.waitForPath(p -> !p.endsWith("/modifier"));
        return this;
    }

    /** Opens the page cancelling the meeting, which asks to confirm. */
    public RegionalMeetingPage openCancellation() {
        click("cancel-meeting");
        browser.waitForPath(p -> p.endsWith("/annulation"));
        return this;
    }

    public RegionalMeetingPage confirmCancellation(String reason) {
        type("reason", reason);
        click("confirm-cancel");
        browser.waitForPath(p -> !p.endsWith("/annulation"));
        return this;
    }
}
