package fr.passerelle.browser.pages;

import java.util.UUID;

/**
 * An HR event's page ({@code /gestion/clusters/{id}/accompagnement/evenements/{eventId}}): its charter, the
 * registration form, the participants and the attendance the staff record.
 */
public final class HrSupportEventPage extends Page {

    HrSupportEventPage(Browser browser) {
        super(browser);
    }

    public static HrSupportEventPage open(Browser browser, UUID cluster, UUID event) {
        browser.open("/gestion/clusters/" + cluster + "/accompagnement/evenements/" + event);
        return new HrSupportEventPage(browser);
    }

    public String charter() {
        return text("charter");
    }

    public HrSupportEventPage acceptCharter() {
        check("charterAccepted");
        return this;
    }

    public HrSupportEventPage register() {
        click("register");
        return this;
    }

    public String participants() {
        return text("participants-table");
    }

    /** Unticks « present » for the registration: that person did not come. */
    public HrSupportEventPage markAbsent(UUID registration) {
        if (isChecked("present-" + registration)) {
            check("present-" + registration);
        }
        return this;
    }

    public boolean isMarkedPresent(UUID registration) {
        return isChecked("present-" + registration);
    }

    public HrSupportEventPage recordAttendance() {
        click("record-attendance");
        return this;
    }
}
