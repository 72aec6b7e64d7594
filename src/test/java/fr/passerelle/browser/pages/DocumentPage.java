package fr.passerelle.browser.pages;

import java.nio.file.Path;

/** A document of the library with its versions ({@code …/documents/{id}}). */
public final class DocumentPage extends Page {

    DocumentPage(Browser browser) {
        super(browser);
    }

    public DocumentPage addVersion(Path file, String note) {
        type("fichier", file.toAbsolutePath().toString());
        type("note", note);
        click("add-version");
        return this;
    }

    public int versionCount() {
        return browser.findAll("#versions tbody tr").size();
    }

    public String versions() {
        return text("versions");
    }
}
