package fr.passerelle.browser.pages;

/** The form of a project of a deployment plan, entered without a dossier. */
public final class DeploymentProjectFormPage extends Page {

    DeploymentProjectFormPage(Browser browser) {
        super(browser);
    }

    /** Its name, sector (by name, e.g. {@code ENERGY_TRANSITION}), one académie (by code), commune (INSEE) and call year. */
    public DeploymentProjectFormPage describe(String name, String sector, String academyCode, String commune, int callYear) {
        replace("name", name);
        select("sector", sector);
        if (!isChecked("academy-" + academyCode)) {
            check("academy-" + academyCode);
        }
        replace("municipalityCode", commune);
        replace("expectedCallYear", Integer.toString(callYear));
        return this;
    }

    public DeploymentProjectFormPage commune(String commune) {
        replace("municipalityCode", commune);
        return this;
    }

    public DeploymentProjectFormPage save() {
        click("save-project");
        return this;
    }

    /** After a successful save: the project's page. */
    public DeploymentProjectPage saved() {
        browser.waitForPath(p -> p.matches(".*/projets/[0-9a-f-]{36}"));
        return new DeploymentProjectPage(browser);
    }
}
