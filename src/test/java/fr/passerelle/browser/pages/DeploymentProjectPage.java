package fr.passerelle.browser.pages;

import java.util.List;

/** A project of a deployment plan with its support calendar. */
public final class DeploymentProjectPage extends Page {

    DeploymentProjectPage(Browser browser) {
        super(browser);
    }

    public MilestoneFormPage newMilestone() {
        click("new-milestone");
        browser.waitForPath(p -> p.endsWith("/jalons/nouveau"));
        return new MilestoneFormPage(browser);
    }

    /** Each milestone's row of the calendar, as read. */
    public List<String> milestones() {
        return browser.findAll("#milestones tr.milestone").stream().map(r -> r.getText()).toList();
    }

    public String town() {
        return text("project-town");
    }

    /** Back to the plan, by the link above the title. */
    public DeploymentPlanPage backToPlan() {
        click("back-to-plan");
        browser.waitForPath(p -> p.matches(".*/deploiement/\\d{4}"));
        return new DeploymentPlanPage(browser);
    }
}
