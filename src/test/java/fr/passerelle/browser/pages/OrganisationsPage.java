package fr.passerelle.browser.pages;

/** The directory of organisations in the back office ({@code /gestion/organisations}). */
public final class OrganisationsPage extends Page {

    OrganisationsPage(Browser browser) {
        super(browser);
    }

    /** Follows the "Modifier" link of the organisation. */
    public OrganisationFormPage edit(String name) {
        browser.find("a[aria-label^='Modifier " + name + "']").click();
        return new OrganisationFormPage(browser);
    }
}
