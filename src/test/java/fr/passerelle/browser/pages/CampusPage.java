package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.WebElement;

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

    /** The other sectors of a multi-sector campus, as its identity card lists them. */
    public List<String> otherSectors() {
        return browser.findAll("#other-sectors li").stream().map(WebElement::getText).toList();
    }

    /** The académies line of the identity card: "Campus commun aux académies de Lille et Amiens" for several. */
    public String academies() {
        return text("academies");
    }

    public String publicDocuments() {
        return text("public-documents");
    }

    /** The block that says how to reach the campus: address, website, contact. */
    public String howToReach() {
        return text("how-to-reach");
    }

    /** Opens the catalogue's sheet of the first training listed. */
    public TrainingSheetPage openFirstTrainingSheet() {
        browser.find("#public-trainings a.training-sheet-link").click();
        browser.waitForText("#where-title", "Où se former");
        return new TrainingSheetPage(browser);
    }

    /** The public trainings, one line per diploma and establishment: "Diploma (code) — Establishment, à Town, route". */
    public List<String> trainings() {
        return browser.findAll("#public-trainings li").stream().map(WebElement::getText).toList();
    }

    public String openData() {
        return text("open-data");
    }

    /** Opens the page of the establishment that teaches the first training listed. */
    public PartnerPage openFirstTrainingEstablishment() {
        browser.find("#public-trainings li a[href^='/partenaires/']").click();
        browser.waitForPath(p -> p.contains("/partenaires/"));
        return new PartnerPage(browser);
    }

    public PartnerPage openFirstPartner() {
        browser.find("a[href^='/partenaires/']").click();
        browser.waitForPath(p -> p.contains("/partenaires/"));
        return new PartnerPage(browser);
    }
}
