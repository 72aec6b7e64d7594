package fr.passerelle.browser.pages;

/** The identity form of a campus in the back office ({@code /gestion/campus/{id}/modifier}). */
public final class CampusFormPage extends Page {

    CampusFormPage(Browser browser) {
        super(browser);
    }

    public CampusFormPage describe(String text) {
        replace("description", text);
        return this;
    }

    public CampusFormPage locateAtLatitude(String latitude) {
        replace("latitude", latitude);
        return this;
    }

    public CampusFormPage save() {
        click("save");
        return this;
    }

    public CampusTabs tabs() {
        return new CampusTabs(browser);
    }
}
