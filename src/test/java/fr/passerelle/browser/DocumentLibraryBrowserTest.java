package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.CampusPage;
import fr.passerelle.browser.pages.DocumentLibraryPage;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director fills the campus's documents library in a real browser; the public page lists the public documents. */
class DocumentLibraryBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;

    @Test
    void directorFilesAPublicAndAPartnersDocumentAndThePublicPageShowsOnlyThePublicOne() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String folder = "Communication " + suffix;
        String publicTitle = "Charte du campus " + suffix;
        String partnersTitle = "Annuaire des partenaires " + suffix;
        Path v1 = Uploads.pdf("charte-v1", "v1");
        Path v2 = Uploads.pdf("charte-v2", "v2 plus longue");

        logInAs("direction");
        var library = DocumentLibraryPage.open(browser(), campus);
        library.assertAccessible();

        library.createFolder(folder);
        library.expectSuccess("Le dossier « " + folder + " » est créé.");

        // A document without a title is refused; what was typed stays and the error page is accessible.
        library.visibleTo("PUBLIC").describe("Les engagements des partenaires du campus.").add(v1);
        library.expectFormError("Le titre du document est obligatoire.");
        assertThat(library.valueOf("description")).isEqualTo("Les engagements des partenaires du campus.");
        library.assertAccessible();

        library.title(publicTitle).inFolder(folder).add(v1);
        library.expectSuccess("Le document « " + publicTitle + " » est ajouté à la bibliothèque.");
        var document = library.added();
        document.assertAccessible();

        document.addVersion(v2, "Version signée");
        document.expectSuccess("La version 2 est enregistrée");
        assertThat(document.versionCount()).isEqualTo(2);
        assertThat(document.versions()).contains("Version signée").contains(v1.getFileName().toString());
        document.assertAccessible();

        library = DocumentLibraryPage.open(browser(), campus);
        library.title(partnersTitle).visibleTo("PARTNERS").add(v1);
        library.expectSuccess("Le document « " + partnersTitle + " » est ajouté à la bibliothèque.");

        var found = DocumentLibraryPage.search(browser(), campus, "charte " + suffix.toUpperCase());
        assertThat(found.documents()).contains(publicTitle).doesNotContain(partnersTitle);
        found.assertAccessible();

        var publicPage = CampusPage.open(browser(), registry.byId(campus).orElseThrow().slug());
        assertThat(publicPage.publicDocuments()).contains(publicTitle).doesNotContain(partnersTitle);
        publicPage.assertAccessible();
    }
}
