package fr.passerelle.browser.pages;

import java.util.UUID;

/**
 * A cluster's support programmes ({@code /gestion/clusters/{id}/accompagnement/programmes}), one programme and its
 * cohorts, and a cohort's page: its companies and their progress, its collective sessions with their attendance, the
 * individual follow-ups.
 */
public final class SupportProgrammePage extends Page {

    SupportProgrammePage(Browser browser) {
        super(browser);
    }

    public static SupportProgrammePage open(Browser browser, UUID cluster) {
        browser.open("/gestion/clusters/" + cluster + "/accompagnement/programmes");
        return new SupportProgrammePage(browser);
    }

    public static SupportProgrammePage openPath(Browser browser, String path) {
        browser.open(path);
        return new SupportProgrammePage(browser);
    }

    public SupportProgrammePage create(String title, String theme) {
        type("title", title);
        type("theme", theme);
        click("create-programme");
        return this;
    }

    public SupportProgrammePage addCohort(String name) {
        type("name", name);
        click("add-cohort");
        return this;
    }

    public SupportProgrammePage addCompany(UUID organisation) {
        select("organisationId", organisation.toString());
        click("add-company");
        return this;
    }

    public SupportProgrammePage planSession(Object startsAt, Object endsAt, String topic) {
        setDate("startsAt", startsAt);
        setDate("endsAt", endsAt);
        type("topic", topic);
        click("plan-session");
        return this;
    }

    /** Records the attendance of the only held session, every company ticked as the form proposes. */
    public SupportProgrammePage recordFirstAttendance() {
        browser.find("form[id^='attendance-'] button[type='submit']").click();
        return this;
    }

    /** Opens the form of the first collective session (its « Modifier la séance » link). */
    public SupportProgrammePage editFirstSession() {
        browser.find("#sessions-table a[id^='edit-']").click();
        browser.waitForText("h1", "Modifier la séance");
        return this;
    }

    /** On a session's form: changes its place and saves it. */
    public SupportProgrammePage saveSessionAt(String place) {
        replace("place", place);
        click("save-session");
        return this;
    }

    public String progress() {
        return text("progress-table");
    }

    public String sessions() {
        return text("sessions-table");
    }
}
