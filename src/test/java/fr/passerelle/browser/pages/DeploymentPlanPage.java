package fr.passerelle.browser.pages;

import java.util.List;

/** The deployment plan of a région for a year ({@code /gestion/regions/{code}/deploiement/{year}}): priorities, map and table of projects. */
public final class DeploymentPlanPage extends Page {

    DeploymentPlanPage(Browser browser) {
        super(browser);
    }

    public static String path(String regionCode, int year) {
        return "/gestion/regions/" + regionCode + "/deploiement/" + year;
    }

    public static DeploymentPlanPage open(Browser browser, String regionCode, int year) {
        browser.open(path(regionCode, year));
        return new DeploymentPlanPage(browser);
    }

    public DeploymentProjectFormPage newProject() {
        click("new-project");
        browser.waitForPath(p -> p.endsWith("/projets/nouveau"));
        return new DeploymentProjectFormPage(browser);
    }

    /** The names of the projects in the table beside the map (this page of it). */
    public List<String> projectsInTable() {
        return browser.findAll("#projects .project-row th a").stream().map(a -> a.getText().strip()).toList();
    }

    /** The names the map's markers carry (each marker is a button named after its project), once the map has drawn them. */
    public List<String> markersOnMap() {
        browser.waiting().until(d -> !browser.findAll("#deployment-map .leaflet-marker-icon").isEmpty());
        return browser.findAll("#deployment-map .leaflet-marker-icon").stream().map(m -> m.getAttribute("aria-label")).toList();
    }

    /** The text of the table's row of the project. */
    public String rowOf(String projectName) {
        return browser.findAll("#projects .project-row").stream().filter(r -> r.getText().contains(projectName)).findFirst()
                .orElseThrow().getText();
    }
}
