package fr.passerelle.governance.documents;

import fr.passerelle.platform.Times;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.governance.GovernancePermissions;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.UploadedFile;
import fr.passerelle.platform.UploadedFile.FileType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents library of a campus. Folders form a flat list; a document has an access level and keeps every version
 * of its file, the current one being the last. Edits check the version the form was opened on; every change is
 * audited on the campus. The methods that take the {@link Actor} (or a {@link Reader}) check who acts: those who run
 * the campus manage the library; its back-office readers and the members of its governing bodies read what their
 * audience sees ({@link GovernancePermissions}). A document the reader may not see is answered as if it did not exist.
 */
@Service
class DocumentLibrary {

    static final String AUDITED = "campus";
    /** Larger than any minutes or presentation a campus shares, below the 20 Mo the server accepts. */
    static final long MAX_BYTES = 15L * 1024 * 1024;
    static final int MAX_TITLE = 255;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_FOLDER_NAME = 120;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    private final JdbcClient jdbc;
    private final CampusRegistry registry;
    private final CampusAudiences audiences;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentLibrary(JdbcClient jdbc, CampusRegistry registry, CampusAudiences audiences, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audiences = audiences;
        this.audit = audit;
        this.clock = clock;
    }

    // --- views ---------------------------------------------------------------------------------------------------

    record FolderView(UUID id, String name, long version, int documentCount) {
    }

    /** A document with its current file. */
    record DocumentView(UUID id, UUID campusId, UUID folderId, String folderName, String title, String description,
                        Visibility visibility, UUID bodyId, String bodyName, long version, Instant updatedAt,
                        int currentNumber, String fileName, FileType fileType, long size, Instant uploadedAt) {

        public String typeLabel() {
            return fileType.label();
        }

        public String sizeText() {
            return UploadedFile.displaySize(size);
        }

        public String dateText() {
            return Times.current().format(uploadedAt, DAY);
        }

        public String updatedText() {
            return Times.current().format(updatedAt, MOMENT);
        }

        public String accessText() {
            return visibility == Visibility.BODY ? "Membres de l’instance « " + bodyName + " »" : visibility.label();
        }

        public String folderText() {
            return folderName == null ? "Sans dossier" : folderName;
        }
    }

    record FileVersion(int number, String fileName, FileType fileType, long size, Instant uploadedAt, String uploadedBy, String note) {

        public String typeLabel() {
            return fileType.label();
        }

        public String sizeText() {
            return UploadedFile.displaySize(size);
        }

        public String uploadedText() {
            return Times.current().format(uploadedAt, MOMENT);
        }
    }

    /** A stored file with what decides who may read it. */
    record StoredFile(UUID documentId, Visibility visibility, UUID bodyId, int number, String fileName, FileType fileType, byte[] content) {
    }

    /** What describes a document; {@code bodyId} only for {@link Visibility#BODY}, {@code folderId} null when unfiled. */
    record Details(String title, String description, Visibility visibility, UUID bodyId, UUID folderId) {
    }

    /**
     * A search: words of the title or description (all of them, in any order), a kind of file, a folder ({@code unfiled}
     * for documents in none).
     */
    record Criteria(String text, DocumentKind kind, UUID folderId, boolean unfiled) {
        static final Criteria ALL = new Criteria(null, null, null, false);
    }

    // --- who reads, who manages ---------------------------------------------------------------------------------

    /** One reader of the library: the campus, their audience, and whether they manage it. */
    record Reader(Actor actor, CampusCard campus, CampusAudience audience, boolean editor) {
    }

    /** A folder as listed: {@code visible} counts what the reader sees in it. */
    record FolderEntry(FolderView folder, long visible) {
    }

    /**
     * The campus's back-office readers, and the members of its governing bodies, who read the items of their body. Not
     * transactional: the registry's refusal of a body member is an answer here, not a failure that spoils a transaction.
     */
    Reader reader(Actor actor, UUID campusId) {
        CampusAudience audience = audiences.of(actor, campusId);
        try {
            CampusCard campus = registry.requireReadable(actor, campusId);
            return new Reader(actor, campus, audience, registry.canManage(actor, campusId));
        } catch (AccessDeniedException e) {
            if (!GovernancePermissions.readsLibrary(false, audience)) {
                throw e;
            }
            return new Reader(actor, registry.byId(campusId).orElseThrow(), audience, false);
        }
    }

    /** Those who run the campus, who manage its library; refused to the others. */
    @Transactional(readOnly = true)
    Reader editor(Actor actor, UUID campusId) {
        CampusCard campus = registry.requireManageable(actor, campusId);
        return new Reader(actor, campus, audiences.of(actor, campusId), true);
    }

    /** The folders listed to the reader, with what they see in each, given every document they see. */
    List<FolderEntry> folders(Reader reader, List<DocumentView> seen) {
        return folders(reader.campus().id()).stream().map(f -> new FolderEntry(f, seen.stream().filter(d -> f.id().equals(d.folderId())).count()))
                .filter(e -> GovernancePermissions.listsFolder(reader.editor(), e.visible())).toList();
    }

    /** A document the reader sees; empty when it does not exist or is not theirs to see. */
    @Transactional(readOnly = true)
    Optional<DocumentView> document(Reader reader, UUID documentId) {
        return document(reader.campus().id(), documentId)
                .filter(d -> GovernancePermissions.sees(reader.audience(), d.visibility(), d.bodyId()));
    }

    /** The file of a document the reader sees (of one version, or the current one when {@code number} is null). */
    @Transactional(readOnly = true)
    Optional<StoredFile> file(Reader reader, UUID documentId, Integer number) {
        return file(reader.campus().id(), documentId, number)
                .filter(f -> GovernancePermissions.sees(reader.audience(), f.visibility(), f.bodyId()));
    }

    @Transactional
    FolderView createFolder(Actor actor, UUID campusId, String name) {
        registry.requireManageable(actor, campusId);
        return createFolder(campusId, name);
    }

    /** Renames a folder; returns its new name. */
    @Transactional
    String renameFolder(Actor actor, UUID campusId, UUID folderId, long version, String name) {
        registry.requireManageable(actor, campusId);
        return renameFolder(campusId, folderId, version, name);
    }

    @Transactional
    void deleteFolder(Actor actor, UUID campusId, UUID folderId, boolean moveContents, UUID target) {
        registry.requireManageable(actor, campusId);
        deleteFolder(campusId, folderId, moveContents, target);
    }

    @Transactional
    DocumentView add(Actor actor, UUID campusId, Details details, String fileName, byte[] content) {
        registry.requireManageable(actor, campusId);
        return add(campusId, details, fileName, content, actor.displayName());
    }

    @Transactional
    FileVersion addVersion(Actor actor, UUID campusId, UUID documentId, String fileName, byte[] content, String note) {
        registry.requireManageable(actor, campusId);
        return addVersion(campusId, documentId, fileName, content, note, actor.displayName());
    }

    @Transactional
    DocumentView edit(Actor actor, UUID campusId, UUID documentId, long version, Details details) {
        registry.requireManageable(actor, campusId);
        return edit(campusId, documentId, version, details);
    }

    @Transactional
    void delete(Actor actor, UUID campusId, UUID documentId, long version) {
        registry.requireManageable(actor, campusId);
        delete(campusId, documentId, version);
    }

    // --- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<FolderView> folders(UUID campusId) {
        return jdbc.sql("""
                        select f.id, f.name, f.version, (select count(*) from document d where d.folder_id = f.id) as documents
                          from document_folder f where f.campus_id = ? order by lower(f.name)""")
                .param(campusId)
                .query((rs, n) -> new FolderView(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getInt(4))).list();
    }

    /** The governing bodies of the campus, whose members a document may be restricted to. */
    @Transactional(readOnly = true)
    List<Option> bodies(UUID campusId) {
        return jdbc.sql("select id, name from governing_body where campus_id = ? order by kind, name").param(campusId)
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list();
    }

    /** The documents matching the criteria that the audience sees, by title. */
    @Transactional(readOnly = true)
    List<DocumentView> search(UUID campusId, CampusAudience audience, Criteria criteria) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where d.campus_id = :campus");
        var params = new java.util.HashMap<String, Object>();
        params.put("campus", campusId);
        // Every word typed must appear, in any order.
        List<String> words = SearchText.fold(criteria.text()).isEmpty() ? List.of() : List.of(SearchText.fold(criteria.text()).split(" "));
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and d.search_text like :word").append(i).append(" escape '\\'");
            params.put("word" + i, SearchText.containing(words.get(i)));
        }
        if (criteria.kind() != null) {
            sql.append(" and v.file_type in (:types)");
            params.put("types", criteria.kind().types().stream().map(Enum::name).toList());
        }
        if (criteria.unfiled()) {
            sql.append(" and d.folder_id is null");
        } else if (criteria.folderId() != null) {
            sql.append(" and d.folder_id = :folder");
            params.put("folder", criteria.folderId());
        }
        sql.append(" order by lower(d.title), d.created_at");
        return jdbc.sql(sql.toString()).params(params).query(DocumentLibrary::document).list().stream()
                .filter(d -> audience.sees(d.visibility(), d.bodyId())).toList();
    }

    /** The public documents of a campus, the latest first. */
    @Transactional(readOnly = true)
    List<DocumentView> publicDocuments(UUID campusId) {
        return jdbc.sql(SELECT + " where d.campus_id = :campus and d.visibility = 'PUBLIC' order by v.uploaded_at desc, lower(d.title)")
                .param("campus", campusId).query(DocumentLibrary::document).list();
    }

    @Transactional(readOnly = true)
    Optional<DocumentView> document(UUID campusId, UUID documentId) {
        return jdbc.sql(SELECT + " where d.campus_id = :campus and d.id = :id").param("campus", campusId).param("id", documentId)
                .query(DocumentLibrary::document).optional();
    }

    /** Every version of the document's file, the current one first. */
    @Transactional(readOnly = true)
    List<FileVersion> versions(UUID documentId) {
        return jdbc.sql("""
                        select number, file_name, file_type, size, uploaded_at, uploaded_by, note from document_version
                         where document_id = ? order by number desc""")
                .param(documentId)
                .query((rs, n) -> new FileVersion(rs.getInt(1), rs.getString(2), FileType.valueOf(rs.getString(3)), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7))).list();
    }

    /** The file of one version of a document, or of its current version when {@code number} is null. */
    @Transactional(readOnly = true)
    Optional<StoredFile> file(UUID campusId, UUID documentId, Integer number) {
        return jdbc.sql("""
                        select d.id, d.visibility, d.body_id, v.number, v.file_name, v.file_type, v.content
                          from document d join document_version v on v.document_id = d.id
                         where d.campus_id = :campus and d.id = :id and v.number = case when :number > 0 then :number
                               else (select max(number) from document_version where document_id = d.id) end""")
                .param("campus", campusId).param("id", documentId).param("number", number == null ? -1 : number)
                .query((rs, n) -> new StoredFile(rs.getObject(1, UUID.class), Visibility.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                        rs.getInt(4), rs.getString(5), FileType.valueOf(rs.getString(6)), rs.getBytes(7)))
                .optional();
    }

    // --- folders -------------------------------------------------------------------------------------------------

    private FolderView createFolder(UUID campusId, String name) {
        String clean = folderName(campusId, name, null);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into document_folder (id, campus_id, name, created_at) values (?, ?, ?, ?)")
                .params(id, campusId, clean, Timestamp.from(Instant.now(clock))).update();
        audit.record(AUDITED, campusId, "DOSSIER_CREE", "Documents : dossier « " + clean + " » créé",
                List.of(new AuditTrail.Change("Dossier", null, clean)));
        return new FolderView(id, clean, 0, 0);
    }

    private String renameFolder(UUID campusId, UUID folderId, long version, String name) {
        String before = folder(campusId, folderId).name();
        String clean = folderName(campusId, name, folderId);
        int updated = jdbc.sql("update document_folder set name = ?, version = version + 1 where id = ? and campus_id = ? and version = ?")
                .params(clean, folderId, campusId, version).update();
        if (updated == 0) {
            throw new BusinessRuleException("name", "Ce dossier a été modifié par quelqu’un d’autre pendant votre saisie : rechargez la page "
                    + "pour voir son nom actuel. Rien n’a été enregistré.");
        }
        audit.record(AUDITED, campusId, "DOSSIER_RENOMME", "Documents : dossier « " + before + " » renommé",
                List.of(new AuditTrail.Change("Dossier", before, clean)));
        return clean;
    }

    /**
     * Deletes a folder. One holding documents is deleted only when {@code moveContents} says where they go: to
     * {@code target}, another folder of the campus, or to no folder when {@code target} is null.
     */
    private void deleteFolder(UUID campusId, UUID folderId, boolean moveContents, UUID target) {
        FolderView folder = folder(campusId, folderId);
        List<AuditTrail.Change> changes = new ArrayList<>();
        changes.add(new AuditTrail.Change("Dossier", folder.name(), null));
        if (folder.documentCount() > 0) {
            if (!moveContents) {
                throw new BusinessRuleException("target", "Le dossier « " + folder.name() + " » contient " + documents(folder.documentCount())
                        + " : choisissez où " + (folder.documentCount() > 1 ? "les" : "le") + " déplacer avant de le supprimer.");
            }
            if (folderId.equals(target)) {
                throw new BusinessRuleException("target", "Choisissez un autre dossier que celui que vous supprimez.");
            }
            String targetName = target == null ? "Sans dossier" : folder(campusId, target).name();
            jdbc.sql("update document set folder_id = ?, version = version + 1 where folder_id = ? and campus_id = ?")
                    .params(target, folderId, campusId).update();
            changes.add(new AuditTrail.Change(documents(folder.documentCount()) + " déplacé" + (folder.documentCount() > 1 ? "s" : ""),
                    folder.name(), targetName));
        }
        jdbc.sql("delete from document_folder where id = ? and campus_id = ?").params(folderId, campusId).update();
        audit.record(AUDITED, campusId, "DOSSIER_SUPPRIME", "Documents : dossier « " + folder.name() + " » supprimé", changes);
    }

    // --- documents -----------------------------------------------------------------------------------------------

    /** Adds a document with its first version; the file is checked after the details. */
    private DocumentView add(UUID campusId, Details details, String fileName, byte[] content, String uploadedBy) {
        Details clean = check(campusId, details);
        UploadedFile file = checkFile(fileName, content);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                        insert into document (id, campus_id, folder_id, title, description, search_text, visibility, body_id, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, campusId, clean.folderId(), clean.title(), clean.description(), searchText(clean), clean.visibility().name(),
                        clean.bodyId(), now, now).update();
        storeVersion(id, 1, file, null, uploadedBy, now);
        DocumentView view = document(campusId, id).orElseThrow();
        audit.record(AUDITED, campusId, "DOCUMENT_AJOUTE", "Document ajouté : " + view.title(), List.of(
                new AuditTrail.Change("Titre", null, view.title()),
                new AuditTrail.Change("Accès", null, view.accessText()),
                new AuditTrail.Change("Dossier", null, view.folderText()),
                new AuditTrail.Change("Version 1", null, describe(file))));
        return view;
    }

    /** Adds a new version of the document's file: it becomes the current one, the earlier ones are kept. */
    private FileVersion addVersion(UUID campusId, UUID documentId, String fileName, byte[] content, String note, String uploadedBy) {
        String title = jdbc.sql("select title from document where id = ? and campus_id = ? for update").params(documentId, campusId)
                .query(String.class).optional().orElseThrow(DocumentLibrary::gone);
        UploadedFile file = checkFile(fileName, content);
        String cleanNote = clip(note, 500, "note", "La note de version fait 500 caractères au plus.");
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from document_version where document_id = ?").param(documentId)
                .query(Integer.class).single();
        Timestamp now = Timestamp.from(Instant.now(clock));
        storeVersion(documentId, number, file, cleanNote, uploadedBy, now);
        jdbc.sql("update document set updated_at = ? where id = ?").params(now, documentId).update();
        audit.record(AUDITED, campusId, "DOCUMENT_VERSION", "Nouvelle version du document « " + title + " »",
                List.of(new AuditTrail.Change("Version " + number, null, describe(file) + (cleanNote == null ? "" : " — " + cleanNote))));
        return versions(documentId).get(0);
    }

    /** Changes the details of a document, provided nobody changed it since {@code version}. */
    private DocumentView edit(UUID campusId, UUID documentId, long version, Details details) {
        DocumentView before = document(campusId, documentId).orElseThrow(DocumentLibrary::gone);
        if (before.version() != version) {
            throw conflict();
        }
        Details clean = check(campusId, details);
        int updated = jdbc.sql("""
                        update document set title = ?, description = ?, search_text = ?, visibility = ?, body_id = ?, folder_id = ?,
                               updated_at = ?, version = version + 1
                         where id = ? and campus_id = ? and version = ?""")
                .params(clean.title(), clean.description(), searchText(clean), clean.visibility().name(), clean.bodyId(), clean.folderId(),
                        Timestamp.from(Instant.now(clock)), documentId, campusId, version).update();
        if (updated == 0) {
            throw conflict();
        }
        DocumentView after = document(campusId, documentId).orElseThrow();
        var diff = new AuditTrail.Diff().field("Titre", before.title(), after.title())
                .field("Description", before.description(), after.description())
                .field("Accès", before.accessText(), after.accessText())
                .field("Dossier", before.folderText(), after.folderText());
        if (!diff.isEmpty()) {
            audit.record(AUDITED, campusId, "DOCUMENT_MODIFIE", "Document modifié : " + after.title(), diff.changes());
        }
        return after;
    }

    /** Deletes a document and every version of its file, provided nobody changed it since {@code version}. */
    private void delete(UUID campusId, UUID documentId, long version) {
        DocumentView before = document(campusId, documentId).orElseThrow(DocumentLibrary::gone);
        int deleted = jdbc.sql("delete from document where id = ? and campus_id = ? and version = ?").params(documentId, campusId, version).update();
        if (deleted == 0) {
            throw conflict();
        }
        audit.record(AUDITED, campusId, "DOCUMENT_SUPPRIME", "Document supprimé : " + before.title(), List.of(new AuditTrail.Change(
                "Document", before.title() + " (" + before.accessText() + ", " + before.currentNumber() + " version"
                        + (before.currentNumber() > 1 ? "s" : "") + ")", null)));
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private Details check(UUID campusId, Details details) {
        String title = details.title() == null ? "" : details.title().strip();
        if (title.isEmpty()) {
            throw new BusinessRuleException("title", "Le titre du document est obligatoire.");
        }
        if (title.length() > MAX_TITLE) {
            throw new BusinessRuleException("title", "Le titre fait " + MAX_TITLE + " caractères au plus (" + title.length() + " saisis).");
        }
        String description = clip(details.description(), MAX_DESCRIPTION, "description",
                "La description fait " + MAX_DESCRIPTION + " caractères au plus.");
        if (details.visibility() == null) {
            throw new BusinessRuleException("visibility", "Choisissez qui peut voir le document.");
        }
        UUID body = null;
        if (details.visibility() == Visibility.BODY) {
            body = details.bodyId();
            UUID candidate = body;
            if (candidate == null || bodies(campusId).stream().noneMatch(o -> o.value().equals(candidate.toString()))) {
                throw new BusinessRuleException("bodyId", "Choisissez l’instance dont les membres verront le document.");
            }
        }
        if (details.folderId() != null) {
            folder(campusId, details.folderId());
        }
        return new Details(title, description, details.visibility(), body, details.folderId());
    }

    private static UploadedFile checkFile(String fileName, byte[] content) {
        try {
            return UploadedFile.check(fileName, content, MAX_BYTES, UploadedFile.DOCUMENTS);
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("fichier", e.getMessage());
        }
    }

    private String folderName(UUID campusId, String name, UUID except) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new BusinessRuleException("name", "Le nom du dossier est obligatoire.");
        }
        if (clean.length() > MAX_FOLDER_NAME) {
            throw new BusinessRuleException("name", "Le nom du dossier fait " + MAX_FOLDER_NAME + " caractères au plus.");
        }
        boolean taken = jdbc.sql("select count(*) from document_folder where campus_id = ? and lower(name) = lower(?) and id <> ?")
                .params(campusId, clean, except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
        if (taken) {
            throw new BusinessRuleException("name", "Un dossier « " + clean + " » existe déjà.");
        }
        return clean;
    }

    private FolderView folder(UUID campusId, UUID folderId) {
        return folders(campusId).stream().filter(f -> f.id().equals(folderId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("folderId", "Ce dossier n’existe plus : rechargez la page."));
    }

    private void storeVersion(UUID documentId, int number, UploadedFile file, String note, String uploadedBy, Timestamp at) {
        jdbc.sql("""
                        insert into document_version (id, document_id, number, file_name, file_type, size, content, note, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), documentId, number, file.name(), file.type().name(), file.size(), file.content(), note, at,
                        Objects.requireNonNullElse(uploadedBy, "système")).update();
    }

    private static String clip(String text, int max, String field, String message) {
        String clean = text == null || text.isBlank() ? null : text.strip();
        if (clean != null && clean.length() > max) {
            throw new BusinessRuleException(field, message);
        }
        return clean;
    }

    private static String searchText(Details details) {
        String text = SearchText.fold(details.title() + (details.description() == null ? "" : " " + details.description()));
        return text.length() > 2300 ? text.substring(0, 2300) : text;
    }

    private static String describe(UploadedFile file) {
        return file.name() + " (" + file.type().label() + ", " + UploadedFile.displaySize(file.size()) + ")";
    }

    private static String documents(int count) {
        return count + " document" + (count > 1 ? "s" : "");
    }

    private static BusinessRuleException gone() {
        return new BusinessRuleException(null, "Ce document n’existe plus : il a sans doute été supprimé entre-temps.");
    }

    private static BusinessRuleException conflict() {
        return new BusinessRuleException(null, "Ce document a été modifié par quelqu’un d’autre pendant votre saisie : rechargez la page pour "
                + "voir sa version actuelle. Rien n’a été enregistré.");
    }

    private static final String SELECT = """
            select d.id, d.campus_id, d.folder_id, f.name as folder_name, d.title, d.description, d.visibility, d.body_id, b.name as body_name,
                   d.version, d.updated_at, v.number, v.file_name, v.file_type, v.size, v.uploaded_at
              from document d
              left join document_folder f on f.id = d.folder_id
              left join governing_body b on b.id = d.body_id
              join lateral (select number, file_name, file_type, size, uploaded_at from document_version
                             where document_id = d.id order by number desc limit 1) v on true""";

    private static DocumentView document(ResultSet rs, int n) throws SQLException {
        return new DocumentView(rs.getObject("id", UUID.class), rs.getObject("campus_id", UUID.class), rs.getObject("folder_id", UUID.class),
                rs.getString("folder_name"), rs.getString("title"), rs.getString("description"), Visibility.valueOf(rs.getString("visibility")),
                rs.getObject("body_id", UUID.class), rs.getString("body_name"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("number"), rs.getString("file_name"), FileType.valueOf(rs.getString("file_type")), rs.getLong("size"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
