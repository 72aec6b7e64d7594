package fr.passerelle.governance.documents;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.documents.DocumentLibrary.Reader;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents library of a campus in the back office. Those who may edit the campus manage it; the campus team,
 * partner members and members of its governing bodies read what their audience sees. A document the reader may not
 * see is answered as if it did not exist. The library checks who acts; refused inputs come back with what was typed.
 */
@Controller
class DocumentController {

    private final DocumentLibrary library;
    private final CampusRegistry registry;
    private final CurrentActor currentActor;

    DocumentController(DocumentLibrary library, CampusRegistry registry, CurrentActor currentActor) {
        this.library = library;
        this.registry = registry;
        this.currentActor = currentActor;
    }

    /** What a document form sends, with the file when one is added; kept as typed to show it again after a refusal. */
    record DocumentForm(String version,
                        @NotBlank(message = "Le titre du document est obligatoire.")
                        @Size(max = DocumentLibrary.MAX_TITLE, message = "Le titre fait 255 caractères au plus.") String title,
                        @Size(max = DocumentLibrary.MAX_DESCRIPTION, message = "La description fait 2000 caractères au plus.") String description,
                        String visibility, String bodyId, String folderId, MultipartFile fichier) {

        DocumentForm {
            version = version == null ? "" : version;
            title = title == null ? "" : title;
            description = description == null ? "" : description;
            visibility = visibility == null ? "" : visibility;
            bodyId = bodyId == null ? "" : bodyId;
            folderId = folderId == null ? "" : folderId;
        }

        static DocumentForm empty() {
            return new DocumentForm("0", "", "", Visibility.PARTNERS.name(), "", "", null);
        }

        static DocumentForm of(DocumentLibrary.DocumentView document) {
            return new DocumentForm(Long.toString(document.version()), document.title(), document.description() == null ? "" : document.description(),
                    document.visibility().name(), document.bodyId() == null ? "" : document.bodyId().toString(),
                    document.folderId() == null ? "" : document.folderId().toString(), null);
        }

        /** The version the form was opened on; -1 when missing, which the library answers as a stale form. */
        long expectedVersion() {
            return DocumentController.expectedVersion(version);
        }

        DocumentLibrary.Details toDetails() {
            Visibility chosen = FrenchInput.choice("visibility", visibility, Visibility.class, "Choisissez qui peut voir le document.");
            UUID body = chosen == Visibility.BODY
                    ? FrenchInput.id("bodyId", bodyId, "Choisissez l’instance dont les membres verront le document.")
                    : null;
            UUID folder = FrenchInput.id("folderId", folderId, "Choisissez un dossier de la liste.");
            return new DocumentLibrary.Details(title, description, chosen, body, folder);
        }

        String fileName() {
            return DocumentController.fileName(fichier);
        }

        byte[] fileContent() {
            return DocumentController.bytes(fichier);
        }
    }

    /** A new folder. */
    record FolderForm(@NotBlank(message = "Le nom du dossier est obligatoire.")
                      @Size(max = DocumentLibrary.MAX_FOLDER_NAME, message = "Le nom du dossier fait 120 caractères au plus.") String name) {
        FolderForm {
            name = name == null ? "" : name;
        }
    }

    /** A new version of a document's file, with its note. */
    record VersionForm(@Size(max = 500, message = "La note de version fait 500 caractères au plus.") String note, MultipartFile fichier) {
        VersionForm {
            note = note == null ? "" : note;
        }
    }

    // --- library -------------------------------------------------------------------------------------------------

    @GetMapping("/gestion/campus/{id}/documents")
    String library(@PathVariable UUID id, @RequestParam(name = "q", required = false) String text,
                   @RequestParam(name = "type", required = false) String type,
                   @RequestParam(name = "dossier", required = false) String folder, Model model) {
        Reader reader = library.reader(currentActor.require(), id);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("dossier", folder == null ? "" : folder);
        return libraryPage(model, reader, DocumentForm.empty(), FormErrors.NONE, new FolderForm(""), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/documents")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
               RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var document = library.add(actor, id, form.toDetails(), form.fileName(), form.fileContent());
            flash.addFlashAttribute("success", "Le document « " + document.title() + " » est ajouté à la bibliothèque.");
            return "redirect:/gestion/campus/" + id + "/documents/" + document.id();
        }, () -> {
            unfiltered(model);
            return libraryPage(model, library.editor(actor, id), form, FormErrors.of(errors), new FolderForm(""), FormErrors.NONE);
        });
    }

    @PostMapping("/gestion/campus/{id}/documents/dossiers")
    String createFolder(@PathVariable UUID id, @Valid @ModelAttribute("folderForm") FolderForm form, BindingResult errors, Model model,
                        RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var folder = library.createFolder(actor, id, form.name());
            flash.addFlashAttribute("success", "Le dossier « " + folder.name() + " » est créé.");
            return "redirect:/gestion/campus/" + id + "/documents";
        }, () -> {
            unfiltered(model);
            return libraryPage(model, library.editor(actor, id), DocumentForm.empty(), FormErrors.NONE, form, FormErrors.of(errors));
        });
    }

    @PostMapping("/gestion/campus/{id}/documents/dossiers/{folderId}")
    String renameFolder(@PathVariable UUID id, @PathVariable UUID folderId, @RequestParam(name = "version", required = false) String version,
                        @RequestParam(name = "name", required = false) String name, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/documents#dossiers",
                () -> library.renameFolder(actor, id, folderId, expectedVersion(version), name), renamed -> "Le dossier est renommé « " + renamed + " ».");
    }

    /** {@code target}: empty to delete an empty folder, {@code aucun} to move its documents out of any folder, or a folder id. */
    @PostMapping("/gestion/campus/{id}/documents/dossiers/{folderId}/suppression")
    String deleteFolder(@PathVariable UUID id, @PathVariable UUID folderId, @RequestParam(name = "target", required = false) String target,
                        RedirectAttributes flash) {
        Actor actor = currentActor.require();
        boolean move = target != null && !target.isBlank();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/documents#dossiers", () -> library.deleteFolder(actor, id, folderId, move,
                move && !"aucun".equals(target) ? FrenchInput.id("target", target, "Choisissez un dossier de la liste.") : null), "Le dossier est supprimé.");
    }

    // --- one document --------------------------------------------------------------------------------------------

    @GetMapping("/gestion/campus/{id}/documents/{documentId}")
    String document(@PathVariable UUID id, @PathVariable UUID documentId, Model model) {
        Reader reader = library.reader(currentActor.require(), id);
        var document = visible(reader, documentId);
        return documentPage(model, reader, document, DocumentForm.of(document), FormErrors.NONE, "", FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/documents/{documentId}")
    String edit(@PathVariable UUID id, @PathVariable UUID documentId, @Valid @ModelAttribute("documentForm") DocumentForm form,
                BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var document = library.edit(actor, id, documentId, form.expectedVersion(), form.toDetails());
            flash.addFlashAttribute("success", "Le document « " + document.title() + " » est enregistré.");
            return "redirect:/gestion/campus/" + id + "/documents/" + documentId;
        }, () -> {
            Reader reader = library.editor(actor, id);
            return documentPage(model, reader, visible(reader, documentId), form, FormErrors.of(errors), "", FormErrors.NONE);
        });
    }

    @PostMapping("/gestion/campus/{id}/documents/{documentId}/versions")
    String addVersion(@PathVariable UUID id, @PathVariable UUID documentId, @Valid @ModelAttribute("versionForm") VersionForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var version = library.addVersion(actor, id, documentId, fileName(form.fichier()), bytes(form.fichier()), form.note());
            flash.addFlashAttribute("success", "La version " + version.number() + " est enregistrée : c’est désormais la version en cours.");
            return "redirect:/gestion/campus/" + id + "/documents/" + documentId;
        }, () -> {
            Reader reader = library.editor(actor, id);
            var document = visible(reader, documentId);
            return documentPage(model, reader, document, DocumentForm.of(document), FormErrors.NONE, form.note(), FormErrors.of(errors));
        });
    }

    @PostMapping("/gestion/campus/{id}/documents/{documentId}/suppression")
    String delete(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam(name = "version", required = false) String version,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        String deleted = Outcomes.redirect(flash, "/gestion/campus/" + id + "/documents",
                () -> library.delete(actor, id, documentId, expectedVersion(version)), "Le document est supprimé, avec toutes ses versions.");
        // A refused deletion leaves the reader on the document.
        return flash.getFlashAttributes().containsKey("error") ? "redirect:/gestion/campus/" + id + "/documents/" + documentId : deleted;
    }

    @GetMapping("/gestion/campus/{id}/documents/{documentId}/fichier")
    ResponseEntity<byte[]> currentFile(@PathVariable UUID id, @PathVariable UUID documentId) {
        return download(library.reader(currentActor.require(), id), documentId, null);
    }

    @GetMapping("/gestion/campus/{id}/documents/{documentId}/versions/{number}")
    ResponseEntity<byte[]> versionFile(@PathVariable UUID id, @PathVariable UUID documentId, @PathVariable int number) {
        return download(library.reader(currentActor.require(), id), documentId, number);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private ResponseEntity<byte[]> download(Reader reader, UUID documentId, Integer number) {
        var file = library.file(reader, documentId, number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return attachment(file);
    }

    /** The file as an attachment, named in UTF-8 (RFC 5987), of its checked type, never sniffed by the browser. */
    static ResponseEntity<byte[]> attachment(DocumentLibrary.StoredFile file) {
        return fr.passerelle.platform.Downloads.attachment(file.fileName(), file.fileType().mediaType(), file.content());
    }

    private String libraryPage(Model model, Reader reader, DocumentForm documentForm, FormErrors documentErrors, FolderForm folderForm,
                               FormErrors folderErrors) {
        UUID campusId = reader.campus().id();
        String folderParam = (String) model.getAttribute("dossier");
        String typeParam = (String) model.getAttribute("type");
        String text = (String) model.getAttribute("q");
        boolean unfiled = "aucun".equals(folderParam);
        UUID folderId = unfiled ? null : FrenchInput.pickedId(folderParam).orElse(null);
        DocumentKind kind = DocumentKind.filter(typeParam);
        var criteria = new DocumentLibrary.Criteria(text, kind, folderId, unfiled);
        var all = library.search(campusId, reader.audience(), DocumentLibrary.Criteria.ALL);
        var folders = library.folders(campusId);
        model.addAttribute("documents", library.search(campusId, reader.audience(), criteria));
        model.addAttribute("filtered", text != null && !text.isBlank() || kind != null || folderId != null || unfiled);
        model.addAttribute("totalCount", all.size());
        model.addAttribute("unfiledCount", all.stream().filter(d -> d.folderId() == null).count());
        model.addAttribute("folders", library.folders(reader, all));
        model.addAttribute("kindOptions", Arrays.stream(DocumentKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("folderOptions", folderOptions(folders));
        model.addAttribute("documentForm", documentForm);
        model.addAttribute("documentErrors", documentErrors);
        model.addAttribute("folderForm", folderForm);
        model.addAttribute("folderErrors", folderErrors);
        common(model, reader);
        return "governance/documents";
    }

    private String documentPage(Model model, Reader reader, DocumentLibrary.DocumentView document, DocumentForm form, FormErrors errors,
                                String note, FormErrors versionErrors) {
        model.addAttribute("document", document);
        model.addAttribute("versions", library.versions(document.id()));
        model.addAttribute("folderOptions", folderOptions(library.folders(reader.campus().id())));
        model.addAttribute("documentForm", form);
        model.addAttribute("documentErrors", errors);
        model.addAttribute("note", note);
        model.addAttribute("versionErrors", versionErrors);
        common(model, reader);
        return "governance/document";
    }

    private void common(Model model, Reader reader) {
        model.addAttribute("campus", reader.campus());
        model.addAttribute("editable", reader.editor());
        model.addAttribute("registryEditable", registry.canEdit(reader.actor(), reader.campus().id()));
        model.addAttribute("maxSize", fr.passerelle.platform.UploadedFile.displaySize(DocumentLibrary.MAX_BYTES));
        model.addAttribute("visibilityOptions", Arrays.stream(Visibility.values())
                .map(v -> new Option(v.name(), v.label() + " — " + v.description())).toList());
        model.addAttribute("bodyOptions", library.bodies(reader.campus().id()));
    }

    private static List<Option> folderOptions(List<DocumentLibrary.FolderView> folders) {
        return folders.stream().map(f -> new Option(f.id().toString(), f.name())).toList();
    }

    private DocumentLibrary.DocumentView visible(Reader reader, UUID documentId) {
        return library.document(reader, documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Document inconnu"));
    }

    /** The search form's fields, empty, for a page shown again after a refusal. */
    private static void unfiltered(Model model) {
        model.addAttribute("q", "");
        model.addAttribute("type", "");
        model.addAttribute("dossier", "");
    }

    /** The version of a document or folder sent back by the page; -1 when missing, answered as a stale form. */
    static long expectedVersion(String version) {
        Integer read = FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la page");
        return read == null ? -1 : read;
    }

    static String fileName(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
