package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director fills the campus's documents library in a real browser; the public page lists the public documents. */
class DocumentLibraryBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;

    @Test
    void directorFilesAPublicAndAPartnersDocumentAndThePublicPageShowsOnlyThePublicOne() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String folder = "Communication " + suffix;
        String publicTitle = "Charte du campus " + suffix;
        String partnersTitle = "Annuaire des partenaires " + suffix;
        Path v1 = pdf("charte-v1", "%PDF-1.4\nv1\n%%EOF\n");
        Path v2 = pdf("charte-v2", "%PDF-1.4\nv2 plus longue\n%%EOF\n");

        Browser browser = browser();
        browser.login("direction", "demo");
        browser.open("/gestion/campus/" + campus + "/documents");
        browser.assertAccessible();

        browser.find("#name").sendKeys(folder);
        browser.find("#create-folder").click();
        browser.waitForText(".fr-alert--success", "Le dossier « " + folder + " » est créé.");

        // A document without a title is refused; what was typed stays and the error page is accessible.
        new Select(browser.find("#visibility")).selectByValue("PUBLIC");
        browser.find("#description").sendKeys("Les engagements des partenaires du campus.");
        browser.find("#fichier").sendKeys(v1.toAbsolutePath().toString());
        browser.find("#add-document").click();
        browser.waitForText("#form-error-summary", "Le titre du document est obligatoire.");
        assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Les engagements des partenaires du campus.");
        browser.assertAccessible();

        browser.find("#title").sendKeys(publicTitle);
        new Select(browser.find("#folderId")).selectByVisibleText(folder);
        browser.find("#fichier").sendKeys(v1.toAbsolutePath().toString());
        browser.find("#add-document").click();
        browser.waitForText(".fr-alert--success", "Le document « " + publicTitle + " » est ajouté à la bibliothèque.");
        browser.assertAccessible();

        browser.find("#fichier").sendKeys(v2.toAbsolutePath().toString());
        browser.find("#note").sendKeys("Version signée");
        browser.find("#add-version").click();
        browser.waitForText(".fr-alert--success", "La version 2 est enregistrée");
        assertThat(browser.findAll("#versions tbody tr")).hasSize(2);
        assertThat(browser.find("#versions").getText()).contains("Version signée").contains(v1.getFileName().toString());
        browser.assertAccessible();

        browser.open("/gestion/campus/" + campus + "/documents");
        browser.find("#title").sendKeys(partnersTitle);
        new Select(browser.find("#visibility")).selectByValue("PARTNERS");
        browser.find("#fichier").sendKeys(v1.toAbsolutePath().toString());
        browser.find("#add-document").click();
        browser.waitForText(".fr-alert--success", "Le document « " + partnersTitle + " » est ajouté à la bibliothèque.");

        browser.open("/gestion/campus/" + campus + "/documents?q=charte+" + suffix.toUpperCase());
        assertThat(browser.find("#documents").getText()).contains(publicTitle).doesNotContain(partnersTitle);
        browser.assertAccessible();

        browser.open("/campus/" + registry.byId(campus).orElseThrow().slug());
        assertThat(browser.find("#public-documents").getText()).contains(publicTitle).doesNotContain(partnersTitle);
        browser.assertAccessible();
    }

    private static Path pdf(String name, String content) throws Exception {
        Path file = Files.createTempFile(name, ".pdf");
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return file;
    }
}
