package fr.passerelle.browser.pages;

import java.util.UUID;

/** The trainings of a campus ({@code /gestion/campus/{id}/formations}), the diploma found by typing part of its name. */
public final class TrainingsPage extends Page {

    TrainingsPage(Browser browser) {
        super(browser);
    }

    public static TrainingsPage open(Browser browser, UUID campus) {
        browser.open("/gestion/campus/" + campus + "/formations");
        var page = new TrainingsPage(browser);
        browser.waitForText("h2", "Formations");
        return page;
    }

    public SearchPicker diploma() {
        return new SearchPicker(browser, "diplomaCode");
    }

    /** Adds the training of the diploma already chosen, given by the organisation, on the route given (e.g. {@code APPRENTICESHIP}). */
    public TrainingsPage addTraining(UUID organisation, String route, String sinceYear) {
        select("organisationId", organisation.toString());
        check("route-" + route);
        type("sinceYear", sinceYear);
        click("add-training");
        return this;
    }

    public String content() {
        return browser.find("main").getText();
    }

    /** Whether the page is still there to type in (the diploma search is on screen). */
    public boolean isShown() {
        return diploma().isShown();
    }
}
