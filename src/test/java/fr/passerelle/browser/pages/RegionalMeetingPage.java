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
}
