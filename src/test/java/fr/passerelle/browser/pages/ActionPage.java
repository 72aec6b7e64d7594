package fr.passerelle.browser.pages;

/** An action of the action plan, as recorded ({@code …/actions/{id}}). */
public final class ActionPage extends Page {

    ActionPage(Browser browser) {
        super(browser);
    }

    public String learnersTotal() {
        return text("action-learners-total");
    }

    public String funding() {
        return text("action-funding");
    }

    /** Follows the link back to the year's plan ("Plan d’actions 2034"). */
    public ActionPlanPage backToPlan(int year) {
        clickLink("Plan d’actions " + year);
        return new ActionPlanPage(browser);
    }
}
