package fr.passerelle.browser.pages;

/** The identity form of a campus in the back office ({@code /gestion/campus/{id}/modifier}). */
public final class CampusFormPage extends Page {

    CampusFormPage(Browser browser) {
        super(browser);
    }

    /** The creation form ({@code /gestion/campus/nouveau}), for the regional coordination and the national administration. */
    public static CampusFormPage openNew(Browser browser) {
        browser.open("/gestion/campus/nouveau");
        return new CampusFormPage(browser);
    }

    public CampusFormPage name(String name) {
        replace("name", name);
        return this;
    }

    /** The main sector, by its code (e.g. MOBILITY). */
    public CampusFormPage mainSector(String code) {
        select("sector", code);
        return this;
    }

    /** Ticks one more sector among the other sectors, by its code. */
    public CampusFormPage alsoSector(String code) {
        check("otherSectors-" + code);
        return this;
    }

    public CampusFormPage inRegion(String code) {
        select("regionCode", code);
        return this;
    }

    /** The main académie, by its code (e.g. 09 for Lille). */
    public CampusFormPage mainAcademy(String code) {
        select("academyCode", code);
        return this;
    }

    /** Ticks one more académie among the other académies, by its code; ticked again, it is unticked. */
    public CampusFormPage alsoAcademy(String code) {
        check("otherAcademyCodes-" + code);
        return this;
    }

    public boolean academyTicked(String code) {
        return isChecked("otherAcademyCodes-" + code);
    }

    public boolean sectorTicked(String code) {
        return isChecked("otherSectors-" + code);
    }

    public CampusFormPage inMunicipality(String inseeCode) {
        replace("municipalityCode", inseeCode);
        return this;
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
