package fr.passerelle.training.catalogue;

import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of the training catalogue: from the configured folder when the platform starts, or from the files the
 * national administrator uploads (CSV files or one zip). The import, its progress and its rejected rows live in
 * PostgreSQL ({@code catalogue_import}), so every node shows the same page and none keeps work in its memory; the
 * uploaded files are stored with it until the import ran. One import at a time. Started and finished imports are audited.
 */
@Service
public class CatalogueImports {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImports.class);
    static final String AUDITED = "catalogue_formations";
    /** Rejected rows kept per import (all are counted). */
    static final int KEPT_REJECTIONS = 5000;
    static final long MAX_FILE = 30L * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final AuditTrail audit;
    private final TaskExecutor executor;
    private final CatalogueImporter importer;
    private final CatalogueIndex index;

    CatalogueImports(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, AuditTrail audit,
                     @Qualifier("applicationTaskExecutor") TaskExecutor executor, CampusTrainingLinks links, CatalogueIndex index) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.audit = audit;
        this.executor = executor;
        TransactionTemplate fileTransaction = new TransactionTemplate(transactions);
        fileTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.importer = new CatalogueImporter(jdbc, fileTransaction, clock, links);
        this.index = index;
    }

    /** An import as its page shows it. */
    public record ImportView(UUID id, String origin, String startedBy, String state, String currentFile, int filesDone, int filesTotal,
                             int rowsKept, int rowsRejected, String message, Instant createdAt, Instant finishedAt) {
        public int percent() {
            return filesTotal == 0 ? 0 : Math.min(100, 100 * filesDone / filesTotal);
        }

        public boolean running() {
            return state.equals("WAITING") || state.equals("RUNNING");
        }

        public String stateLabel() {
            return switch (state) {
                case "WAITING" -> "en attente";
                case "RUNNING" -> "en cours";
                case "DONE" -> "terminé";
                default -> "échoué";
            };
        }
    }

    public record Rejection(String file, int line, String column, String message) {
    }

    /** Only the national administrator imports the catalogue. */
    static boolean canImport(Actor actor) {
        return actor != null && actor.isNationalAdmin();
    }

    static void requireImporter(Actor actor) {
        if (!canImport(actor)) {
            throw new AccessDeniedException("L'import du catalogue des formations est réservé à l'administration nationale.");
        }
    }

    /** Reads the files of an upload: CSV files, or the CSV files of one zip archive. */
    static Map<String, byte[]> unpack(List<UploadedPart> parts) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (UploadedPart part : parts) {
            String name = baseName(part.name());
            if (name.toLowerCase().endsWith(".zip")) {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(part.content()))) {
                    ZipEntry entry;
                    while ((entry = zip.getNextEntry()) != null) {
                        if (!entry.isDirectory() && entry.getName().toLowerCase().endsWith(".csv")) {
                            byte[] content = zip.readNBytes((int) MAX_FILE + 1);
                            if (content.length > MAX_FILE) {
                                throw new BusinessRuleException("fichiers", "Le fichier « " + entry.getName() + " » de l'archive dépasse 30 Mo.");
                            }
                            files.put(baseName(entry.getName()), content);
                        }
                    }
                }
            } else {
                files.put(name, part.content());
            }
        }
        return files;
    }

    public record UploadedPart(String name, byte[] content) {
    }

    private static String baseName(String name) {
        String n = name == null ? "fichier.csv" : name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** Starts an import of the uploaded files in the background; refused to anyone but the national administrator. */
    public UUID startUpload(Actor actor, List<UploadedPart> parts) throws IOException {
        requireImporter(actor);
        Map<String, byte[]> files = unpack(parts);
        if (files.isEmpty()) {
            throw new BusinessRuleException("fichiers", "Choisissez les fichiers CSV du catalogue, ou une archive zip qui les contient.");
        }
        List<String> unknown = files.keySet().stream().filter(n -> CatalogueImporter.FILES.stream().noneMatch(s -> s.matches(n))).toList();
        if (unknown.size() == files.size()) {
            throw new BusinessRuleException("fichiers", "Aucun de ces fichiers n'est un fichier du catalogue : " + String.join(", ", unknown) + ".");
        }
        UUID id = ownTransaction.execute(status -> {
            requireNoneRunning();
            UUID created = create("UPLOAD", actor.displayName(), null, files.size());
            jdbc.batchUpdate("insert into catalogue_import_file (import_id, name, content) values (?, ?, ?)",
                    files.entrySet().stream().map(e -> new Object[] {created, e.getKey(), e.getValue()}).toList());
            audit.record(AUDITED, created, "IMPORT_CATALOGUE_LANCE", "Import du catalogue des formations lancé (" + files.size() + " fichiers)",
                    List.of(new AuditTrail.Change("Fichiers", null, String.join(", ", files.keySet()))));
            return created;
        });
        executor.execute(() -> runStored(id, actor.displayName()));
        return id;
    }

    /** Imports a folder now, in the calling thread (start-up); returns the import's id. */
    public UUID runFolder(Map<String, byte[]> files, String source, String fingerprint) {
        UUID id = ownTransaction.execute(status -> create("FOLDER", "démarrage (" + source + ")", fingerprint, files.size()));
        run(id, files, "démarrage");
        return id;
    }

    /** Whether this import ended well. */
    boolean succeeded(UUID id) {
        return "DONE".equals(jdbc.queryForObject("select state from catalogue_import where id = ?", String.class, id));
    }

    /** Whether the files with this fingerprint were already imported in full. */
    boolean alreadyImported(String fingerprint) {
        Integer count = jdbc.queryForObject("select count(*) from catalogue_import where fingerprint = ? and state = 'DONE'", Integer.class, fingerprint);
        return count != null && count > 0;
    }

    private void requireNoneRunning() {
        Integer running = jdbc.queryForObject("select count(*) from catalogue_import where state in ('WAITING', 'RUNNING')", Integer.class);
        if (running != null && running > 0) {
            throw new BusinessRuleException("fichiers", "Un import du catalogue est déjà en cours : attendez qu'il se termine.");
        }
    }

    private UUID create(String origin, String by, String fingerprint, int files) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into catalogue_import (id, origin, started_by, state, fingerprint, files_total, created_at)
                values (?, ?, ?, 'WAITING', ?, ?, ?)""", id, origin, CatalogueImporter.cut(by, 200), fingerprint, files + 1,
                Timestamp.from(Instant.now(clock)));
        return id;
    }

    private void runStored(UUID id, String by) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        jdbc.query("select name, content from catalogue_import_file where import_id = ? order by name",
                rs -> {
                    files.put(rs.getString(1), rs.getBytes(2));
                }, id);
        run(id, files, by);
        jdbc.update("delete from catalogue_import_file where import_id = ?", id);
    }

    private void run(UUID id, Map<String, byte[]> files, String by) {
        List<Rejection> pending = new ArrayList<>();
        int[] counts = new int[2];
        CatalogueImporter.Progress progress = new CatalogueImporter.Progress() {
            @Override
            public void file(String name, int done, int total) {
                flush(id, pending);
                jdbc.update("update catalogue_import set state = 'RUNNING', current_file = ?, files_done = ?, files_total = ?, rows_kept = ?, "
                        + "rows_rejected = ? where id = ?", CatalogueImporter.cut(name, 200), done, total, counts[0], counts[1], id);
            }

            @Override
            public void kept(String file, int rows) {
                counts[0] += rows;
            }

            @Override
            public void rejected(String file, int line, String column, String message) {
                counts[1]++;
                if (counts[1] <= KEPT_REJECTIONS) {
                    pending.add(new Rejection(file, line, column, message));
                }
            }
        };
        try {
            CatalogueImporter.Result result = importer.run(files, progress);
            flush(id, pending);
            String message = result.trainings() + " formations dans le catalogue"
                    + (result.ignoredFiles().isEmpty() ? "" : " ; fichiers ignorés (inconnus) : " + String.join(", ", result.ignoredFiles()));
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("""
                        update catalogue_import set state = 'DONE', current_file = null, files_done = files_total, rows_kept = ?, rows_rejected = ?,
                            message = ?, finished_at = ? where id = ?""", result.keptCount(), result.rejectedCount(),
                        CatalogueImporter.cut(message, 1000), Timestamp.from(Instant.now(clock)), id);
                audit.recordBy(by, AUDITED, id, "IMPORT_CATALOGUE_TERMINE", "Import du catalogue des formations terminé",
                        List.of(new AuditTrail.Change("Lignes importées", null, String.valueOf(result.keptCount())),
                                new AuditTrail.Change("Lignes rejetées", null, String.valueOf(result.rejectedCount())),
                                new AuditTrail.Change("Formations", null, String.valueOf(result.trainings()))));
            });
            index.rebuild();
        } catch (RuntimeException e) {
            log.error("Training catalogue import {} failed", id, e);
            flush(id, pending);
            jdbc.update("update catalogue_import set state = 'FAILED', message = ?, finished_at = ? where id = ?",
                    "L'import s'est interrompu : " + CatalogueImporter.cut(String.valueOf(e.getMessage()), 900), Timestamp.from(Instant.now(clock)), id);
        }
    }

    private void flush(UUID id, List<Rejection> pending) {
        if (pending.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into catalogue_import_rejection (import_id, file, line, column_name, message) values (?, ?, ?, ?, ?)",
                pending.stream().map(r -> new Object[] {id, r.file(), r.line(), CatalogueImporter.cut(r.column(), 200),
                        CatalogueImporter.cut(r.message(), 1000)}).toList());
        pending.clear();
    }

    // ---- reading, for the administration page ----

    public Optional<ImportView> find(Actor actor, UUID id) {
        requireImporter(actor);
        return jdbc.query(SELECT + " where id = ?", (rs, n) -> view(rs), id).stream().findFirst();
    }

    public List<ImportView> recent(Actor actor, int limit) {
        requireImporter(actor);
        return jdbc.query(SELECT + " order by created_at desc limit ?", (rs, n) -> view(rs), limit);
    }

    public List<Rejection> rejections(Actor actor, UUID id, int limit) {
        requireImporter(actor);
        return jdbc.query("select file, line, column_name, message from catalogue_import_rejection where import_id = ? order by id limit ?",
                (rs, n) -> new Rejection(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), id, limit);
    }

    private static final String SELECT = """
            select id, origin, started_by, state, current_file, files_done, files_total, rows_kept, rows_rejected, message, created_at, finished_at
            from catalogue_import""";

    private static ImportView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp(12);
        return new ImportView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getTimestamp(11).toInstant(), finished == null ? null : finished.toInstant());
    }
}
