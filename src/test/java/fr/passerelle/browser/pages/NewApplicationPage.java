package fr.passerelle.browser.pages;

/** The opening of a labelling dossier for a call ({@code …/appels/{id}/dossiers/nouveau}). */
public final class NewApplicationPage extends Page {

    NewApplicationPage(Browser browser) {
        super(browser);
    }

    /** Opens a dossier of the category given (e.g. {@code STANDARD}) for the first campus offered. */
    public ApplicationPage openForFirstCampus(String category) {
        select("category", category);
        selectIndex("campusId", 1);
        click("create-dossier");
        return new ApplicationPage(browser);
    }
}
