package fr.passerelle.browser.pages;

/** The form of a milestone of a project's support calendar. */
public final class MilestoneFormPage extends Page {

    MilestoneFormPage(Browser browser) {
        super(browser);
    }

    /** Its step (e.g. {@code SUPPORT_LETTER}) and planned day (ISO). */
    public MilestoneFormPage plan(String kind, Object plannedOn) {
        select("kind", kind);
        setDate("plannedOn", plannedOn);
        return this;
    }

    public MilestoneFormPage signedBy(String signatory) {
        replace("signatory", signatory);
        return this;
    }

    public MilestoneFormPage save() {
        click("save-milestone");
        return this;
    }

    public DeploymentProjectPage saved() {
        browser.waitForPath(p -> p.matches(".*/projets/[0-9a-f-]{36}(#.*)?"));
        return new DeploymentProjectPage(browser);
    }
}
