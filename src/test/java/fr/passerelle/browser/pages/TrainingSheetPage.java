package fr.passerelle.browser.pages;

/** The public sheet of a training ({@code /formations/{code}}). */
public final class TrainingSheetPage extends Page {

    TrainingSheetPage(Browser browser) {
        super(browser);
    }

    public static TrainingSheetPage open(Browser browser, String code) {
        browser.open("/formations/" + code);
        browser.waitForText("#where-title", "Où se former");
        return new TrainingSheetPage(browser);
    }

    public String text() {
        return browser.find("main").getText();
    }

    public String establishments() {
        return browser.find("#establishments").getText();
    }

    /** The number of establishments placed on the map (Leaflet markers). */
    public int markers() {
        browser.waiting().until(d -> !browser.findAll("#training-map .leaflet-marker-icon").isEmpty());
        return browser.findAll("#training-map .leaflet-marker-icon").size();
    }
}
