package fr.passerelle.browser.pages;

/** The public page of a campus ({@code /campus/{slug}}). */
public final class CampusPage extends Page {

    CampusPage(Browser browser) {
        super(browser);
    }

    public static CampusPage open(Browser browser, String slug) {
        browser.open("/campus/" + slug);
        return new CampusPage(browser);
    }

    public String text() {
        return browser.find("body").getText();
    }

    public String publicDocuments() {
        return text("public-documents");
    }

    public PartnerPage openFirstPartner() {
        browser.find("a[href^='/partenaires/']").click();
        browser.waitForPath(p -> p.contains("/partenaires/"));
        return new PartnerPage(browser);
    }
}
