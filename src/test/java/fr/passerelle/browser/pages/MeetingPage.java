package fr.passerelle.browser.pages;

/** A meeting ({@code …/reunions/{id}}): attendance, minutes with their preview, the PDF of minutes and attendance sheet. */
public final class MeetingPage extends Page {

    MeetingPage(Browser browser) {
        super(browser);
    }

    /** Opens a meeting by the path the browser was on earlier. */
    public static MeetingPage open(Browser browser, String path) {
        browser.open(path);
        return new MeetingPage(browser);
    }

    public MeetingPage markFirstMemberPresent() {
        browser.find("label[for$='-PRESENT']").click();
        return this;
    }

    public MeetingPage saveAttendance() {
        click("save-attendance");
        return this;
    }

    public String participation() {
        return text("participation");
    }

    public MeetingPage recordMinutes(String markdown) {
        type("minutes", markdown);
        click("save-minutes");
        return this;
    }

    public String minutes() {
        return valueOf("minutes");
    }

    /** The text the preview of the minutes shows in bold. */
    public String minutesPreviewBold() {
        return browser.find("#minutes-preview strong").getText();
    }

    /** Downloads the minutes and attendance sheet: "status content-type first-five-bytes". */
    public Object downloadMinutesPdf() {
        return browser.script("const r = new XMLHttpRequest(); r.open('GET', document.getElementById('minutes-pdf').href, false);"
                + "r.overrideMimeType('text/plain; charset=x-user-defined'); r.send();"
                + "return r.status + ' ' + r.getResponseHeader('Content-Type') + ' ' + r.responseText.substring(0, 5);");
    }

    public void expectVisibility(String text) {
        browser.waitForText("#visibility", text);
    }

    /** Follows the link back to the campus's bodies and meetings. */
    public BodiesPage backToBodies() {
        clickLink("Instances et réunions");
        browser.waitForPath(p -> p.endsWith("/instances"));
        return new BodiesPage(browser);
    }
}
