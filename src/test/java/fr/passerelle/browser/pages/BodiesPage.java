package fr.passerelle.browser.pages;

import java.util.UUID;
import org.openqa.selenium.By;

/** The governing bodies of a campus and the planning of their meetings ({@code /gestion/campus/{id}/instances}). */
public final class BodiesPage extends Page {

    BodiesPage(Browser browser) {
        super(browser);
    }

    public static BodiesPage open(Browser browser, UUID campus) {
        browser.open("/gestion/campus/" + campus + "/instances");
        return new BodiesPage(browser);
    }

    /** Creates a body of the kind given (e.g. {@code TECHNICAL}). */
    public BodiesPage createBody(String kind, String name) {
        select("kind", kind);
        type("body-name", name);
        click("create-body");
        return this;
    }

    /** Adds the first person the body's list offers to its members, from today. */
    public BodiesPage addFirstCandidateTo(String body) {
        return addFirstCandidateTo(body, null);
    }

    /** Adds the first person the body's list offers to its members, from the day given ({@code 2026-01-05}). */
    public BodiesPage addFirstCandidateTo(String body, Object since) {
        String select = browser.driver().findElement(By.xpath("//label[normalize-space()=\"Ajouter un membre à " + body + "\"]"))
                .getAttribute("for");
        selectIndex(select, 1);
        if (since != null) {
            setDate(select.replaceFirst("^member-", "member-since-"), since);
        }
        browser.find("button[aria-label='Ajouter le membre à " + body + "']").click();
        return this;
    }

    /** Opens the page of the body: its members and seats, chair and frequency. */
    public BodyPage openBody(String body) {
        clickLink("Composition et fonctionnement : " + body);
        return new BodyPage(browser);
    }

    /**
     * Plans a meeting of the body, open to those the visibility names ({@code PARTNERS}, {@code BODY}…, or null for
     * the form's default), from start to end ({@code 2026-12-15T09:30}); the page then shows the new meeting.
     */
    public MeetingPage planMeeting(String body, Object start, Object end, String place, String agenda, String visibility) {
        selectText("bodyId", body);
        setDate("startsAt", start);
        setDate("endsAt", end);
        type("place", place);
        type("agenda", agenda);
        if (visibility != null) {
            select("visibility", visibility);
        }
        click("plan-meeting");
        return new MeetingPage(browser);
    }

    /** Adds the person whose entry in the body's list starts with {@code name} to its members. */
    public BodiesPage addMemberTo(String body, String name) {
        String select = browser.driver().findElement(By.xpath("//label[normalize-space()=\"Ajouter un membre à " + body + "\"]"))
                .getAttribute("for");
        var options = new org.openqa.selenium.support.ui.Select(browser.find("#" + select));
        options.getOptions().stream().filter(o -> o.getText().startsWith(name)).findFirst().orElseThrow().click();
        browser.find("button[aria-label='Ajouter le membre à " + body + "']").click();
        return this;
    }

    public CampusTabs tabs() {
        return new CampusTabs(browser);
    }
}
