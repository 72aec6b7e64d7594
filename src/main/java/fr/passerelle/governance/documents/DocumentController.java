package fr.passerelle.governance.documents;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
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
 * see is answered as if it did not exist.
 */
@Controller
class DocumentController {

    private final DocumentLibrary library;
    private final CampusRegistry registry;
    private final CampusAudiences audiences;
    private final CurrentActor currentActor;

    DocumentController(DocumentLibrary library, CampusRegistry registry, CampusAudiences audiences, CurrentActor currentActor) {
        this.library = library;
        this.registry = registry;
        this.audiences = audiences;
        this.currentActor = currentActor;
    }

    /** What a document form sends; kept as typed to show it again after a refusal. */
    record DocumentForm(Long version, String title, String description, String visibility, String bodyId, String folderId) {
        static DocumentForm empty() {
            return new DocumentForm(0L, "", "", Visibility.PARTNERS.name(), "", "");
        }
    }

    record FolderForm(String name) {
    }

    /** One reader of the library: the campus, their audience, and whether they manage it. */
    private record Reader(Actor actor, CampusCard campus, CampusAudience audience, boolean editor) {
    }

    // --- library -------------------------------------------------------------------------------------------------

    @GetMapping("/gestion/campus/{id}/documents")
    String library(@PathVariable UUID id, @RequestParam(name = "q", required = false) String text,
                   @RequestParam(name = "type", required = false) String type,
                   @RequestParam(name = "dossier", required = false) String folder, Model model) {
        Reader reader = reader(id);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("dossier", folder == null ? "" : folder);
        return libraryPage(model, reader, DocumentForm.empty(), FormErrors.NONE, new FolderForm(""), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/documents")
    String add(@PathVariable UUID id, @ModelAttribute("documentForm") DocumentForm form,
               @RequestParam(name = "fichier", required = false) MultipartFile file, Model model, RedirectAttributes flash)
            throws IOException {
        Reader reader = editor(id);
        var errors = new MapBindingResult(new HashMap<>(), "documentForm");
        try {
            var document = library.add(id, details(form), file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), reader.actor().displayName());
            flash.addFlashAttribute("success", "Le document « " + document.title() + " » est ajouté à la bibliothèque.");
            return "redirect:/gestion/campus/" + id + "/documents/" + document.id();
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        model.addAttribute("q", "");
        model.addAttribute("type", "");
        model.addAttribute("dossier", "");
        return libraryPage(model, reader, form, FormErrors.of(errors), new FolderForm(""), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/documents/dossiers")
    String createFolder(@PathVariable UUID id, @ModelAttribute("folderForm") FolderForm form, Model model, RedirectAttributes flash) {
        Reader reader = editor(id);
        var errors = new MapBindingResult(new HashMap<>(), "folderForm");
        try {
            var folder = library.createFolder(id, form.name());
            flash.addFlashAttribute("success", "Le dossier « " + folder.name() + " » est créé.");
            return "redirect:/gestion/campus/" + id + "/documents";
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        model.addAttribute("q", "");
        model.addAttribute("type", "");
        model.addAttribute("dossier", "");
        return libraryPage(model, reader, DocumentForm.empty(), FormErrors.NONE, form, FormErrors.of(errors));
    }

    @PostMapping("/gestion/campus/{id}/documents/dossiers/{folderId}")
    String renameFolder(@PathVariable UUID id, @PathVariable UUID folderId, @RequestParam("version") long version,
                        @RequestParam(name = "name", required = false) String name, RedirectAttributes flash) {
        editor(id);
        try {
            library.renameFolder(id, folderId, version, name);
            flash.addFlashAttribute("success", "Le dossier est renommé « " + name.strip() + " ».");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/documents#dossiers";
    }

    /** {@code target}: empty to delete an empty folder, {@code aucun} to move its documents out of any folder, or a folder id. */
    @PostMapping("/gestion/campus/{id}/documents/dossiers/{folderId}/suppression")
    String deleteFolder(@PathVariable UUID id, @PathVariable UUID folderId, @RequestParam(name = "target", required = false) String target,
                        RedirectAttributes flash) {
        editor(id);
        try {
            boolean move = target != null && !target.isBlank();
            library.deleteFolder(id, folderId, move, move && !"aucun".equals(target) ? uuid(target, "target", "Choisissez un dossier de la liste.") : null);
            flash.addFlashAttribute("success", "Le dossier est supprimé.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/documents#dossiers";
    }

    // --- one document --------------------------------------------------------------------------------------------

    @GetMapping("/gestion/campus/{id}/documents/{documentId}")
    String document(@PathVariable UUID id, @PathVariable UUID documentId, Model model) {
        Reader reader = reader(id);
        var document = visible(reader, documentId);
        return documentPage(model, reader, document, new DocumentForm(document.version(), document.title(),
                document.description() == null ? "" : document.description(), document.visibility().name(),
                document.bodyId() == null ? "" : document.bodyId().toString(), document.folderId() == null ? "" : document.folderId().toString()),
                FormErrors.NONE, "", FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/documents/{documentId}")
    String edit(@PathVariable UUID id, @PathVariable UUID documentId, @ModelAttribute("documentForm") DocumentForm form, Model model,
                RedirectAttributes flash) {
        Reader reader = editor(id);
        var errors = new MapBindingResult(new HashMap<>(), "documentForm");
        try {
            var document = library.edit(id, documentId, form.version() == null ? -1 : form.version(), details(form));
            flash.addFlashAttribute("success", "Le document « " + document.title() + " » est enregistré.");
            return "redirect:/gestion/campus/" + id + "/documents/" + documentId;
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        return documentPage(model, reader, visible(reader, documentId), form, FormErrors.of(errors), "", FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/documents/{documentId}/versions")
    String addVersion(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam(name = "note", required = false) String note,
                      @RequestParam(name = "fichier", required = false) MultipartFile file, Model model, RedirectAttributes flash)
            throws IOException {
        Reader reader = editor(id);
        var errors = new MapBindingResult(new HashMap<>(), "versionForm");
        try {
            var version = library.addVersion(id, documentId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), note, reader.actor().displayName());
            flash.addFlashAttribute("success", "La version " + version.number() + " est enregistrée : c’est désormais la version en cours.");
            return "redirect:/gestion/campus/" + id + "/documents/" + documentId;
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        var document = visible(reader, documentId);
        return documentPage(model, reader, document, formOf(document), FormErrors.NONE, note == null ? "" : note, FormErrors.of(errors));
    }

    @PostMapping("/gestion/campus/{id}/documents/{documentId}/suppression")
    String delete(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam("version") long version, RedirectAttributes flash) {
        editor(id);
        try {
            library.delete(id, documentId, version);
            flash.addFlashAttribute("success", "Le document est supprimé, avec toutes ses versions.");
            return "redirect:/gestion/campus/" + id + "/documents";
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/gestion/campus/" + id + "/documents/" + documentId;
        }
    }

    @GetMapping("/gestion/campus/{id}/documents/{documentId}/fichier")
    ResponseEntity<byte[]> currentFile(@PathVariable UUID id, @PathVariable UUID documentId) {
        return download(reader(id), documentId, null);
    }

    @GetMapping("/gestion/campus/{id}/documents/{documentId}/versions/{number}")
    ResponseEntity<byte[]> versionFile(@PathVariable UUID id, @PathVariable UUID documentId, @PathVariable int number) {
        return download(reader(id), documentId, number);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private ResponseEntity<byte[]> download(Reader reader, UUID documentId, Integer number) {
        var file = library.file(reader.campus().id(), documentId, number)
                .filter(f -> reader.audience().sees(f.visibility(), f.bodyId()))
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
        UUID folderId = unfiled ? null : parseOrNull(folderParam);
        DocumentKind kind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(typeParam)).findFirst().orElse(null);
        var criteria = new DocumentLibrary.Criteria(text, kind, folderId, unfiled);
        var all = library.search(campusId, reader.audience(), DocumentLibrary.Criteria.ALL);
        var folders = library.folders(campusId);
        model.addAttribute("documents", library.search(campusId, reader.audience(), criteria));
        model.addAttribute("filtered", text != null && !text.isBlank() || kind != null || folderId != null || unfiled);
        model.addAttribute("totalCount", all.size());
        model.addAttribute("unfiledCount", all.stream().filter(d -> d.folderId() == null).count());
        // Everyone sees the folders holding something they may read; those who manage the library see every folder.
        model.addAttribute("folders", folders.stream().filter(f -> reader.editor() || all.stream().anyMatch(d -> f.id().equals(d.folderId())))
                .map(f -> new FolderEntry(f, all.stream().filter(d -> f.id().equals(d.folderId())).count())).toList());
        model.addAttribute("kindOptions", Arrays.stream(DocumentKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("folderOptions", folderOptions(folders));
        model.addAttribute("documentForm", documentForm);
        model.addAttribute("documentErrors", documentErrors);
        model.addAttribute("folderForm", folderForm);
        model.addAttribute("folderErrors", folderErrors);
        common(model, reader);
        return "governance/documents";
    }

    /** A folder as listed: {@code visible} counts what the reader sees in it. */
    record FolderEntry(DocumentLibrary.FolderView folder, long visible) {
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

    private static DocumentForm formOf(DocumentLibrary.DocumentView document) {
        return new DocumentForm(document.version(), document.title(), document.description() == null ? "" : document.description(),
                document.visibility().name(), document.bodyId() == null ? "" : document.bodyId().toString(),
                document.folderId() == null ? "" : document.folderId().toString());
    }

    private DocumentLibrary.DocumentView visible(Reader reader, UUID documentId) {
        return library.document(reader.campus().id(), documentId).filter(d -> reader.audience().sees(d.visibility(), d.bodyId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Document inconnu"));
    }

    /** The campus's back-office readers, and the members of its governing bodies, who read the items of their body. */
    private Reader reader(UUID campusId) {
        Actor actor = currentActor.require();
        try {
            CampusCard campus = registry.requireReadable(actor, campusId);
            return new Reader(actor, campus, audiences.of(actor, campusId), registry.canManage(actor, campusId));
        } catch (AccessDeniedException e) {
            CampusAudience audience = audiences.of(actor, campusId);
            if (audience.bodies().isEmpty()) {
                throw e;
            }
            return new Reader(actor, registry.byId(campusId).orElseThrow(), audience, false);
        }
    }

    private Reader editor(UUID campusId) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireManageable(actor, campusId);
        return new Reader(actor, campus, audiences.of(actor, campusId), true);
    }

    private static DocumentLibrary.Details details(DocumentForm form) {
        Visibility visibility = Arrays.stream(Visibility.values()).filter(v -> v.name().equals(form.visibility())).findFirst().orElse(null);
        UUID body = visibility == Visibility.BODY ? parseOrNull(form.bodyId()) : null;
        UUID folder = form.folderId() == null || form.folderId().isBlank() ? null : uuid(form.folderId(), "folderId", "Choisissez un dossier de la liste.");
        return new DocumentLibrary.Details(form.title(), form.description(), visibility, body, folder);
    }

    private static UUID uuid(String value, String field, String message) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field, message);
        }
    }

    private static UUID parseOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
