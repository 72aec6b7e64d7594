package fr.passerelle.browser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/** The documents library of a campus ({@code /gestion/campus/{id}/documents}): folders, documents, search. */
public final class DocumentLibraryPage extends Page {

    DocumentLibraryPage(Browser browser) {
        super(browser);
    }

    public static DocumentLibraryPage open(Browser browser, UUID campus) {
        browser.open("/gestion/campus/" + campus + "/documents");
        return new DocumentLibraryPage(browser);
    }

    public static DocumentLibraryPage search(Browser browser, UUID campus, String query) {
        browser.open("/gestion/campus/" + campus + "/documents?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return new DocumentLibraryPage(browser);
    }

    public DocumentLibraryPage createFolder(String name) {
        type("name", name);
        click("create-folder");
        return this;
    }

    public DocumentLibraryPage title(String title) {
        type("title", title);
        return this;
    }

    public DocumentLibraryPage describe(String description) {
        type("description", description);
        return this;
    }

    /** Who sees it: {@code PUBLIC}, {@code PARTNERS}… */
    public DocumentLibraryPage visibleTo(String visibility) {
        select("visibility", visibility);
        return this;
    }

    public DocumentLibraryPage inFolder(String folder) {
        selectText("folderId", folder);
        return this;
    }

    /** Attaches the file and adds the document; when it is accepted the page shows the new document. */
    public DocumentLibraryPage add(Path file) {
        type("fichier", file.toAbsolutePath().toString());
        click("add-document");
        return this;
    }

    /** After a successful addition: the document's page. */
    public DocumentPage added() {
        return new DocumentPage(browser);
    }

    public String documents() {
        return text("documents");
    }
}
