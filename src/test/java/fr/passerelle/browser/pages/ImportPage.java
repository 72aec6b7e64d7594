package fr.passerelle.browser.pages;

import java.nio.file.Path;

/** The import of a registry CSV ({@code /gestion/import}): a preview with the rejected rows, then the import's progress. */
public final class ImportPage extends Page {

    ImportPage(Browser browser) {
        super(browser);
    }

    public static ImportPage open(Browser browser) {
        browser.open("/gestion/import");
        return new ImportPage(browser);
    }

    public ImportPage preview(Path csv) {
        type("fichier", csv.toAbsolutePath().toString());
        browser.find("#import-form button[type=submit]").click();
        return this;
    }

    public void expectRejected(String text) {
        browser.waitForText("#import-errors", text);
    }

    public String rejectedRows() {
        return browser.find("#import-errors tbody").getText();
    }

    public ImportPage start() {
        click("start-import");
        return this;
    }

    public void expectProgress(String text) {
        browser.waitForText("#progress", text);
    }

    public String progress() {
        return text("progress");
    }
}
