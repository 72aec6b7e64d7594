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

    /** Changes the meeting's times and place through its change form; the page then shows the meeting again. */
    public MeetingPage change(Object start, Object end, String place) {
        click("change-meeting");
        browser.waitForPath(p -> p.endsWith("/modifier"));
        browser.assertAccessible();
        setDate("startsAt", start);
        setDate("endsAt", end);
        replace("place", place);
        click("save-meeting");
        browser.waitForPath(p -> !p.endsWith("/modifier"));
        return this;
    }

    /** Cancels the meeting with the reason given, confirming on the page that asks for it. */
    public MeetingPage cancel(String reason) {
        click("cancel-meeting");
        browser.waitForPath(p -> p.endsWith("/annulation"));
        browser.assertAccessible();
        type("reason", reason);
        click("confirm-cancel");
        browser.waitForPath(p -> !p.endsWith("/annulation"));
        return this;
    }

    /** The date and time of the meeting, under its title. */
    public String when() {
        return browser.find(".fr-text--lead").getText();
    }

    /** What the page says when the platform sends no e-mail. */
    public String noMailMessage() {
        return text("no-mail");
    }

    public boolean offersToSendInvitations() {
        return !browser.driver().findElements(org.openqa.selenium.By.id("send-invitations")).isEmpty();
    }

    public boolean offersToChange() {
        return !browser.driver().findElements(org.openqa.selenium.By.id("change-meeting")).isEmpty();
    }

    /** The members' addresses the page lists for the director's own mailbox. */
    public String recipients() {
        return text("recipients");
    }

    /** Clicks the copy button (shown once its script runs) and returns what the page then says. */
    public String copyRecipients() {
        browser.find("#copy-recipients").click();
        browser.waiting().until(d -> !d.findElement(org.openqa.selenium.By.id("copy-status")).getText().isBlank());
        return browser.find("#copy-status").getText();
    }

    /** The link to the .ics file, as the page words it. */
    public String invitationLink() {
        return text("download-invitation");
    }

    /** Downloads the invitation: "status content-type", then the ics text. */
    public String downloadInvitation() {
        return (String) browser.script("const r = new XMLHttpRequest(); r.open('GET', document.getElementById('download-invitation').href, false);"
                + "r.send(); return r.status + ' ' + r.getResponseHeader('Content-Type') + '\\n' + r.responseText;");
    }
}
