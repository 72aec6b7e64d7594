package fr.passerelle.training.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the platform starts, imports the catalogue from the folder {@code passerelle.training.catalogue-folder} (a
 * directory, or {@code classpath:demo/catalogue} for the demo sample) unless the same files were already imported;
 * then refreshes what the campuses' trainings add (routes, régions) and rebuilds the search index. Runs after the
 * demo data (application runners come first).
 */
@Component
class CatalogueStartup {

    private static final Logger log = LoggerFactory.getLogger(CatalogueStartup.class);

    private final CatalogueImports imports;
    private final CatalogueIndex index;
    private final String folder;
    private final CatalogueImporter assembler;
    private final TransactionTemplate transaction;
    private final fr.passerelle.platform.ClusterJobs clusterJobs;

    CatalogueStartup(CatalogueImports imports, CatalogueIndex index, @Value("${passerelle.training.catalogue-folder:}") String folder,
                     org.springframework.jdbc.core.JdbcTemplate jdbc, PlatformTransactionManager transactions, java.time.Clock clock,
                     CampusTrainingLinks links, fr.passerelle.platform.ClusterJobs clusterJobs) {
        this.clusterJobs = clusterJobs;
        this.imports = imports;
        this.index = index;
        this.folder = folder == null ? "" : folder.strip();
        this.transaction = new TransactionTemplate(transactions);
        this.assembler = new CatalogueImporter(jdbc, transaction, clock, links);
    }

    @EventListener(ApplicationReadyEvent.class)
    void importAtStart() {
        if (!folder.isEmpty()) {
            Map<String, byte[]> files = read(folder);
            String fingerprint = fingerprint(files);
            if (files.isEmpty()) {
                log.warn("Training catalogue folder {} holds no CSV file", folder);
            } else if (!imports.alreadyImported(fingerprint)) {
                // One node imports these files; the others, starting at the same time, skip them (ClusterJobs claim).
                long start = System.nanoTime();
                boolean ran;
                try {
                    ran = clusterJobs.runOnce("training-catalogue-import", fingerprint.substring(0, 40), () -> {
                        if (!imports.succeeded(imports.runFolder(files, folder, fingerprint))) {
                            // The claim is released, so that the next start tries again; the import page tells why it failed.
                            throw new IllegalStateException("Training catalogue import from " + folder + " failed");
                        }
                    });
                } catch (IllegalStateException e) {
                    log.error("{}; the catalogue keeps what it held", e.getMessage());
                    ran = false;
                }
                if (ran) {
                    log.info("Training catalogue imported from {} in {} ms", folder, (System.nanoTime() - start) / 1_000_000);
                    return;
                }
            }
        }
        transaction.executeWithoutResult(status -> assembler.assemble());
        index.rebuild();
    }

    /** The CSV files of a folder, by name. */
    static Map<String, byte[]> read(String location) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if (location.startsWith("classpath:")) {
                String base = location.endsWith("/") ? location : location + "/";
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(base + "*.csv")) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(resource.getFilename(), in.readAllBytes());
                    }
                }
            } else {
                Path dir = Path.of(location);
                if (!Files.isDirectory(dir)) {
                    log.warn("Training catalogue folder {} does not exist", dir.toAbsolutePath());
                    return files;
                }
                try (Stream<Path> list = Files.list(dir)) {
                    for (Path p : list.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")).toList()) {
                        files.put(p.getFileName().toString(), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String fingerprint(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(content);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
