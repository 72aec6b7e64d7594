package fr.passerelle.browser.pages;

import java.nio.file.Path;

/** The partners of a campus in the back office ({@code /gestion/campus/{id}/partenaires}): partners, agreements, contacts. */
public final class PartnersPage extends Page {

    PartnersPage(Browser browser) {
        super(browser);
    }

    /** Records a signed agreement with the first partner of the list. */
    public PartnersPage recordAgreementWithFirstPartner(String title, Path signedPdf) {
        selectIndex("partnerId", 1);
        type("title", title);
        type("fichier", signedPdf.toAbsolutePath().toString());
        click("add-agreement");
        return this;
    }

    public String agreements() {
        return browser.find("#conventions + .fr-table, #conventions ~ .fr-table").getText();
    }

    /** Makes the organisation found by the search a partner, in the role given (e.g. {@code ASSOCIATE}). */
    public PartnersPage addPartner(String search, String expectedName, String role) {
        new SearchPicker(browser, "organisationId").search(search).expectResult(expectedName).chooseFirst();
        select("role", role);
        click("add-partner");
        return this;
    }

    /** The first table of the page: the partners. */
    public String partners() {
        return browser.find("table").getText();
    }

    /** Makes the person, chosen by what the list shows ("Prénom Nom — Organisation"), a contact of the campus. */
    public PartnersPage addContact(String person) {
        selectText("personId", person);
        browser.find("#contact-form button[type=submit]").click();
        return this;
    }

    public CampusTabs tabs() {
        return new CampusTabs(browser);
    }
}
