package fr.passerelle.browser.pages;

/** The form of an organisation of the directory, new or edited, with its people ({@code /gestion/organisations/…}). */
public final class OrganisationFormPage extends Page {

    OrganisationFormPage(Browser browser) {
        super(browser);
    }

    public static OrganisationFormPage openNew(Browser browser) {
        browser.open("/gestion/organisations/nouvelle");
        return new OrganisationFormPage(browser);
    }

    /** Fills the kind (e.g. {@code SCHOOL}), the name and the UAI. */
    public OrganisationFormPage fill(String kind, String name, String uai) {
        select("kind", kind);
        type("name", name);
        type("uai", uai);
        return this;
    }

    public OrganisationFormPage correctUai(String uai) {
        replace("uai", uai);
        return this;
    }

    public OrganisationFormPage locateIn(String municipalityCode) {
        type("municipalityCode", municipalityCode);
        return this;
    }

    public OrganisationFormPage save() {
        click("save-organisation");
        return this;
    }

    /** After a successful save of a new organisation: the directory, showing it. */
    public OrganisationsPage directory() {
        browser.waitForPath(p -> p.startsWith("/gestion/organisations?"));
        return new OrganisationsPage(browser);
    }

    public OrganisationFormPage addPerson(String firstName, String lastName, String email) {
        type("firstName", firstName);
        type("lastName", lastName);
        type("personEmail", email);
        click("add-person");
        return this;
    }

    /** Waits until its people show the text. */
    public void expectPerson(String text) {
        browser.waitForText("#personnes + p, .fr-table", text);
    }
}
