package fr.passerelle.governance.documents;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@PasserelleIntegrationTest
class DocumentLibraryTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    CampusRegistry registry;
    @Autowired
    DocumentLibrary library;
    @Autowired
    AuditTrail audit;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MockMultipartHttpServletRequestBuilder upload(UUID campus, String title, Visibility visibility, String bodyId, byte[] content, String fileName) {
        var request = multipart("/gestion/campus/" + campus + "/documents");
        request.file(new MockMultipartFile("fichier", fileName, "application/octet-stream", content));
        request.param("title", title).param("description", "Description de " + title).param("visibility", visibility.name())
                .param("bodyId", bodyId == null ? "" : bodyId).param("folderId", "");
        return request;
    }

    /** Uploads a document as the director and returns its id. */
    UUID add(String title, Visibility visibility, String bodyId, byte[] content, String fileName) throws Exception {
        String location = mvc.perform(upload(campus(), title, visibility, bodyId, content, fileName).with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    String body(String name) throws Exception {
        mvc.perform(post("/gestion/campus/" + campus() + "/instances").param("kind", "WORKING_GROUP").param("name", name)
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return library.bodies(campus()).stream().filter(o -> o.label().equals(name)).findFirst().orElseThrow().value();
    }

    String base() {
        return "/gestion/campus/" + campus() + "/documents";
    }

    @Test
    void onlyThoseWhoRunTheCampusManageItsLibraryThroughTheService() {
        UUID campus = campus();
        var partner = fr.passerelle.governance.GovernanceFixtures.partnerMember(accounts.byUsername("partenaire").orElseThrow().organisationId(), null);
        assertThatThrownBy(() -> library.createFolder(partner, campus, unique("Dossier intrus")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> library.editor(partner, campus)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(library.reader(partner, campus).editor()).isFalse();
        var folder = library.createFolder(fr.passerelle.governance.GovernanceFixtures.director(campus), campus, unique("Dossier de la direction"));
        assertThat(library.folders(campus)).extracting(DocumentLibrary.FolderView::id).contains(folder.id());
    }

    @Test
    void theDirectorFilesDocumentsInFoldersAndEveryChangeIsAudited() throws Exception {
        String folderName = unique("Comptes rendus");
        mvc.perform(post(base() + "/dossiers").param("name", folderName).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le dossier « " + folderName + " » est créé."));
        mvc.perform(post(base() + "/dossiers").param("name", folderName.toUpperCase()).with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un dossier « " + folderName.toUpperCase() + " » existe déjà.")));
        var folder = library.folders(campus()).stream().filter(f -> f.name().equals(folderName)).findFirst().orElseThrow();

        String title = unique("Compte rendu du COPIL");
        var request = multipart(base()).file(new MockMultipartFile("fichier", "copil.pdf", "application/pdf", PDF))
                .param("title", title).param("visibility", "PARTNERS").param("folderId", folder.id().toString());
        mvc.perform(request.with(as(users, "direction")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(base()).param("dossier", folder.id().toString()).with(as(users, "direction")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));

        String renamed = folderName + " (archives)";
        mvc.perform(post(base() + "/dossiers/" + folder.id()).param("version", "0").param("name", renamed).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le dossier est renommé « " + renamed + " »."));
        mvc.perform(post(base() + "/dossiers/" + folder.id() + "/suppression").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", "Le dossier « " + renamed + " » contient 1 document : choisissez où le déplacer avant de le supprimer."));
        mvc.perform(post(base() + "/dossiers/" + folder.id() + "/suppression").param("target", "aucun").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le dossier est supprimé."));
        assertThat(library.folders(campus())).noneMatch(f -> f.id().equals(folder.id()));
        var document = library.search(campus(), fr.passerelle.governance.CampusAudience.partners(campus()),
                new DocumentLibrary.Criteria(title, null, null, true));
        assertThat(document).extracting(DocumentLibrary.DocumentView::title).containsExactly(title);

        mvc.perform(post(base() + "/" + document.get(0).id() + "/suppression").param("version", Long.toString(document.get(0).version()))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le document est supprimé, avec toutes ses versions."));
        assertThat(library.document(campus(), document.get(0).id())).isEmpty();
        assertThat(audit.history("campus", campus())).extracting(AuditTrail.Entry::summary).contains(
                "Documents : dossier « " + folderName + " » créé", "Document ajouté : " + title,
                "Documents : dossier « " + folderName + " » renommé", "Documents : dossier « " + renamed + " » supprimé",
                "Document supprimé : " + title);
        mvc.perform(get("/gestion/campus/" + campus() + "/historique").with(as(users, "direction")))
                .andExpect(content().string(containsString("Document ajouté : " + title)));
    }

    @Test
    void partnerMembersSeePublicAndPartnerDocumentsButNotThoseOfABodyTheyDoNotSitOn() throws Exception {
        String body = body(unique("Groupe de travail"));
        String publicTitle = unique("Plaquette publique");
        String partnersTitle = unique("Note aux partenaires");
        String bodyTitle = unique("Note du groupe");
        add(publicTitle, Visibility.PUBLIC, null, PDF, "plaquette.pdf");
        add(partnersTitle, Visibility.PARTNERS, null, PDF, "note.pdf");
        UUID bodyDocument = add(bodyTitle, Visibility.BODY, body, PDF, "groupe.pdf");

        mvc.perform(get(base()).with(as(users, "partenaire")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(publicTitle)))
                .andExpect(content().string(containsString(partnersTitle)))
                .andExpect(content().string(not(containsString(bodyTitle))))
                .andExpect(content().string(not(containsString("Ajouter le document"))));
        mvc.perform(get(base() + "/" + bodyDocument).with(as(users, "partenaire"))).andExpect(status().isNotFound());
        mvc.perform(get(base() + "/" + bodyDocument + "/fichier").with(as(users, "partenaire"))).andExpect(status().isNotFound());
        mvc.perform(get(base() + "/" + bodyDocument + "/versions/1").with(as(users, "partenaire"))).andExpect(status().isNotFound());

        // The academic referent and the regional coordinator oversee the campus: everything, read-only.
        for (String username : new String[] {"referent", "coordination"}) {
            mvc.perform(get(base()).with(as(users, username)))
                    .andExpect(content().string(containsString(bodyTitle)))
                    .andExpect(content().string(not(containsString("Ajouter le document"))));
            mvc.perform(upload(campus(), "Du référent", Visibility.PUBLIC, null, PDF, "r.pdf").with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(base() + "/" + bodyDocument + "/suppression").param("version", "0").with(as(users, "partenaire")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMemberOfAGoverningBodyReadsAndDownloadsTheDocumentsOfTheirBody() throws Exception {
        String body = body(unique("Comité technique"));
        String bodyTitle = unique("Relevé de décisions");
        UUID document = add(bodyTitle, Visibility.BODY, body, PDF, "relevé.pdf");
        String email = "membre-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
        UUID organisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        String username = "membre" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, email, "Membre du comité", "demo-demo-demo", Role.EXPERT, null, null, null, null));
        Contact member = directory.addPerson(fr.passerelle.TestActors.nationalAdmin(), organisation, new PersonDetails("Camille", "Membre", null, email, null));
        mvc.perform(post("/gestion/campus/" + campus() + "/instances/" + body + "/membres").param("personId", member.id().toString())
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le membre a été ajouté."));

        mvc.perform(get(base()).with(as(users, username))).andExpect(content().string(containsString(bodyTitle)));
        mvc.perform(get(base() + "/" + document + "/fichier").with(as(users, username)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get(base() + "/" + document + "/fichier").with(as(users, "partenaire"))).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsSeeOnlyPublicDocumentsOnThePublicPageAndCannotDownloadOthers() throws Exception {
        String publicTitle = unique("Charte du campus");
        String partnersTitle = unique("Annuaire des partenaires");
        UUID publicDocument = add(publicTitle, Visibility.PUBLIC, null, PDF, "charte du campus é.pdf");
        UUID partnersDocument = add(partnersTitle, Visibility.PARTNERS, null, PDF, "annuaire.pdf");
        CampusCard campus = registry.byId(campus()).orElseThrow();

        mvc.perform(get("/campus/" + campus.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(publicTitle)))
                .andExpect(content().string(containsString("/campus/" + campus.slug() + "/documents/" + publicDocument)))
                .andExpect(content().string(not(containsString(partnersTitle))));
        mvc.perform(get("/campus/" + campus.slug() + "/documents/" + publicDocument))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''charte%20du%20campus%20%C3%A9.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/campus/" + campus.slug() + "/documents/" + partnersDocument)).andExpect(status().isNotFound());
        mvc.perform(get("/campus/" + campus.slug() + "/documents/" + partnersDocument).with(as(users, "partenaire"))).andExpect(status().isNotFound());
        mvc.perform(get("/campus/" + campus.slug() + "/documents/" + UUID.randomUUID())).andExpect(status().isNotFound());
        CampusCard other = registry.all().stream().filter(c -> !c.id().equals(campus.id())).findFirst().orElseThrow();
        mvc.perform(get("/campus/" + other.slug() + "/documents/" + publicDocument)).andExpect(status().isNotFound());
        mvc.perform(get(base())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDirectorOfAnotherCampusAndStrangersAreRefused() throws Exception {
        UUID other = registry.all().stream().filter(c -> !c.id().equals(campus())).findFirst().orElseThrow().id();
        mvc.perform(get("/gestion/campus/" + other + "/documents").with(as(users, "direction"))).andExpect(status().isForbidden());
        mvc.perform(upload(other, "Hors périmètre", Visibility.PUBLIC, null, PDF, "x.pdf").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gestion/campus/" + other + "/documents/dossiers").param("name", "Intrus").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isForbidden());
        UUID document = add(unique("Interne"), Visibility.PARTNERS, null, PDF, "interne.pdf");
        for (String stranger : new String[] {"expert", "recruteur"}) {
            mvc.perform(get(base()).with(as(users, stranger))).andExpect(status().isForbidden());
            mvc.perform(get(base() + "/" + document + "/fichier").with(as(users, stranger))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aFileOfTheWrongTypeOrTooLargeIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        String title = unique("Programme de la journée");
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        mvc.perform(upload(campus(), title, Visibility.PUBLIC, null, executable, "programme.exe").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier « programme.exe » n&#39;est pas d&#39;un type accepté.")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("Description de " + title)));
        byte[] large = Arrays.copyOf(PDF, (int) DocumentLibrary.MAX_BYTES + 1);
        mvc.perform(upload(campus(), title, Visibility.PUBLIC, null, large, "lourd.pdf").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier « lourd.pdf » pèse 15,0 Mo : 15 Mo au plus.")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        mvc.perform(upload(campus(), "", Visibility.BODY, "", PDF, "a.pdf").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Le titre du document est obligatoire.")));
        mvc.perform(upload(campus(), title, Visibility.BODY, "", PDF, "a.pdf").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Choisissez l’instance dont les membres verront le document.")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        assertThat(library.search(campus(), fr.passerelle.governance.CampusAudience.partners(campus()),
                new DocumentLibrary.Criteria(title, null, null, false))).isEmpty();
    }

    @Test
    void aConcurrentEditIsDetectedAndTheFormKeepsWhatWasTyped() throws Exception {
        String title = unique("Plan de communication");
        UUID document = add(title, Visibility.PARTNERS, null, PDF, "plan.pdf");
        long opened = library.document(campus(), document).orElseThrow().version();
        mvc.perform(post(base() + "/" + document).param("version", Long.toString(opened)).param("title", title + " v2")
                        .param("description", "Validé").param("visibility", "PUBLIC").param("bodyId", "").param("folderId", "")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le document « " + title + " v2 » est enregistré."));
        mvc.perform(post(base() + "/" + document).param("version", Long.toString(opened)).param("title", "Saisie périmée")
                        .param("description", "Texte tapé entre-temps").param("visibility", "PARTNERS").param("bodyId", "").param("folderId", "")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce document a été modifié par quelqu’un d’autre pendant votre saisie")))
                .andExpect(content().string(containsString("value=\"Saisie périmée\"")))
                .andExpect(content().string(containsString("Texte tapé entre-temps")));
        var saved = library.document(campus(), document).orElseThrow();
        assertThat(saved.title()).isEqualTo(title + " v2");
        assertThat(saved.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(audit.history("campus", campus())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("DOCUMENT_MODIFIE");
            assertThat(e.changes()).contains(new AuditTrail.Change("Titre", title, title + " v2"), new AuditTrail.Change("Accès", "Partenaires", "Public"));
        });
    }

    @Test
    void newVersionsKeepTheEarlierOnesDownloadable() throws Exception {
        String title = unique("Feuille de route");
        UUID document = add(title, Visibility.PARTNERS, null, PDF, "feuille-v1.pdf");
        byte[] second = "%PDF-1.7\nseconde version\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(base() + "/" + document + "/versions").file(new MockMultipartFile("fichier", "feuille-v2.pdf", "application/pdf", second))
                        .param("note", "Après le COPIL").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La version 2 est enregistrée : c’est désormais la version en cours."));
        mvc.perform(multipart(base() + "/" + document + "/versions").file(new MockMultipartFile("fichier", "vide.pdf", "application/pdf", new byte[0]))
                        .param("note", "Note gardée").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier « vide.pdf » est vide.")))
                .andExpect(content().string(containsString("value=\"Note gardée\"")));

        assertThat(library.versions(document)).extracting(DocumentLibrary.FileVersion::number).containsExactly(2, 1);
        mvc.perform(get(base() + "/" + document + "/fichier").with(as(users, "partenaire"))).andExpect(content().bytes(second));
        mvc.perform(get(base() + "/" + document + "/versions/1").with(as(users, "partenaire")))
                .andExpect(content().bytes(PDF))
                .andExpect(header().string("Content-Disposition", containsString("feuille-v1.pdf")));
        mvc.perform(get(base() + "/" + document + "/versions/3").with(as(users, "partenaire"))).andExpect(status().isNotFound());
        mvc.perform(get(base() + "/" + document).with(as(users, "partenaire")))
                .andExpect(content().string(containsString("feuille-v1.pdf")))
                .andExpect(content().string(containsString("feuille-v2.pdf")))
                .andExpect(content().string(containsString("Après le COPIL")))
                .andExpect(content().string(containsString("Direction opérationnelle")));
        assertThat(audit.history("campus", campus())).extracting(AuditTrail.Entry::summary).contains("Nouvelle version du document « " + title + " »");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFiltersByType() throws Exception {
        String token = "Zéphyr" + UUID.randomUUID().toString().substring(0, 6);
        String pdfTitle = "Réunion ÉLARGIE " + token;
        String imageTitle = "Affiche de la réunion " + token;
        add(pdfTitle, Visibility.PARTNERS, null, PDF, "reunion.pdf");
        add(imageTitle, Visibility.PUBLIC, null, PNG, "affiche.png");
        add(unique("Autre document"), Visibility.PUBLIC, null, PDF, "autre.pdf");

        String folded = "reunion elargie " + token.toLowerCase().replace("é", "e");
        mvc.perform(get(base()).param("q", folded).with(as(users, "partenaire")))
                .andExpect(content().string(containsString(pdfTitle)))
                .andExpect(content().string(not(containsString(imageTitle))));
        mvc.perform(get(base()).param("q", token.toUpperCase()).param("type", "IMAGE").with(as(users, "partenaire")))
                .andExpect(content().string(containsString(imageTitle)))
                .andExpect(content().string(not(containsString(pdfTitle))));
        mvc.perform(get(base()).param("q", token).param("type", "SPREADSHEET").with(as(users, "partenaire")))
                .andExpect(content().string(containsString("Aucun document ne correspond à votre recherche.")));
        assertThat(library.search(campus(), fr.passerelle.governance.CampusAudience.partners(campus()),
                new DocumentLibrary.Criteria("50%_" + token, null, null, false))).isEmpty();
    }
}
