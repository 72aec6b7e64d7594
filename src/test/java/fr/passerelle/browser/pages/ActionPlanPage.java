package fr.passerelle.browser.pages;

import java.util.UUID;

/** The yearly action plan of a campus ({@code /gestion/campus/{id}/actions?annee=…}) and its totals. */
public final class ActionPlanPage extends Page {

    ActionPlanPage(Browser browser) {
        super(browser);
    }

    public static ActionPlanPage open(Browser browser, UUID campus, int year) {
        browser.open("/gestion/campus/" + campus + "/actions?annee=" + year);
        return new ActionPlanPage(browser);
    }

    public ActionFormPage newAction() {
        click("new-action");
        browser.waitForPath(p -> p.contains("/actions/nouvelle"));
        return new ActionFormPage(browser);
    }

    public String totalActions() {
        return text("total-actions");
    }

    public String totalLearners() {
        return text("total-learners");
    }

    public String totalTeachers() {
        return text("total-teachers");
    }

    public String totalCost() {
        return text("total-cost");
    }
}
