package fr.passerelle.browser.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** The ROME releases ({@code /gestion/referentiels/rome}), a release's page with its progress, and the comparison of two. */
public final class RomeReleasesPage extends Page {

    RomeReleasesPage(Browser browser) {
        super(browser);
    }

    public static RomeReleasesPage open(Browser browser) {
        browser.open("/gestion/referentiels/rome");
        return new RomeReleasesPage(browser);
    }

    public String releases() {
        return text("releases");
    }

    public boolean lists(int version) {
        return !browser.findAll("#release-" + version).isEmpty();
    }

    /** Uploads the ZIP of a release: the browser lands on the release's page. */
    public RomeReleasesPage upload(Path zip) {
        type("archive", zip.toAbsolutePath().toString());
        browser.find("#archive-form button[type=submit]").click();
        return this;
    }

    /** Waits until the progress block, polled by htmx, contains the text. */
    public void expectProgress(String text) {
        browser.waitForText("#progress", text);
    }

    public RomeReleasesPage compare(String older, String newer) {
        select("compare-from", older);
        select("compare-to", newer);
        browser.find("#compare-form button[type=submit]").click();
        return this;
    }

    public String comparisonCounts() {
        return text("comparison-counts");
    }

    /** Asks to delete a release: the confirmation modal opens. */
    public RomeReleasesPage askToDelete(int version) {
        browser.find("button[aria-label='Supprimer la version " + version + "']").click();
        browser.waiting().until(d -> d.findElement(By.id("confirm-modal")).getAttribute("class").contains("fr-modal--opened"));
        return this;
    }

    public String confirmationQuestion() {
        return text("confirm-modal-question");
    }

    public RomeReleasesPage confirm() {
        click("confirm-modal-accept");
        return this;
    }
}
