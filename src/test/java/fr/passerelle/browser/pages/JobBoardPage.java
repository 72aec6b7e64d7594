package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public job board ({@code /offres}): words, facets, commune and radius, the results and the map updated by htmx. */
public final class JobBoardPage extends Page {

    JobBoardPage(Browser browser) {
        super(browser);
    }

    public static JobBoardPage open(Browser browser) {
        browser.open("/offres");
        return new JobBoardPage(browser);
    }

    public String resultCount() {
        return browser.find("#result-count strong").getText();
    }

    /** Types in the search field, then waits until the address carries the words. */
    public JobBoardPage search(String text) {
        type("q", text);
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        return this;
    }

    /** Ticks a value of a facet (« contrat », « CDI »), then waits until the address carries it. */
    public JobBoardPage tick(String parameter, String value) {
        check(parameter + "-" + value);
        browser.waiting().until(ExpectedConditions.urlContains(parameter + "=" + value));
        return this;
    }

    /** Waits until the results list the offer. */
    public JobBoardPage expectResult(String title) {
        browser.waitForText("#offer-list", title);
        return this;
    }

    public List<String> resultTitles() {
        return browser.findAll("#offer-list .fr-card__title a").stream().map(WebElement::getText).toList();
    }

    /** The count shown beside a facet's value. */
    public String facetCount(String parameter, String value) {
        return browser.find("label[for='" + parameter + "-" + value + "'] .fr-badge").getText();
    }

    public int markers() {
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#offer-map .leaflet-marker-icon")).isEmpty());
        return browser.findAll("#offer-map .leaflet-marker-icon").size();
    }

    public PublicJobOfferPage openOffer(String title) {
        clickLink(title);
        return new PublicJobOfferPage(browser);
    }

    /** A candidate's button « Créer une alerte pour cette recherche ». */
    public NewAlertPage createAlert() {
        click("save-alert");
        browser.waitForPath(p -> p.startsWith("/candidat/alertes/nouvelle"));
        return new NewAlertPage(browser);
    }

    /** Whether the page offers to save the search as an alert. */
    public boolean offersAlert() {
        return !browser.findAll("#save-alert").isEmpty();
    }

    /** One public offer ({@code /offres/{id}}). */
    public static final class PublicJobOfferPage extends Page {

        PublicJobOfferPage(Browser browser) {
            super(browser);
        }

        public String facts() {
            return text("offer-facts");
        }

        /** The schema.org JobPosting the page carries. */
        public String jobPosting() {
            return (String) browser.script("return document.getElementById('job-posting').textContent;");
        }
    }
}
