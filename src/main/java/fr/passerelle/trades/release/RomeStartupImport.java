package fr.passerelle.trades.release;

import fr.passerelle.platform.PasserelleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, imports the release of {@code passerelle.rome.folder} if its version is not imported yet; without it, in
 * demo mode, the sample release packaged with the application (19 fiches of release 60), so that a fresh demo has
 * trades. Runs before the demo data, which may refer to trades.
 */
@Component
@Order(-10)
class RomeStartupImport implements ApplicationRunner {

    /** The sample packaged with the application: 19 fiches cut from release 60 by tools/cut-rome-sample.py. */
    static final String SAMPLE = "demo/rome/v460";

    private static final Logger log = LoggerFactory.getLogger(RomeStartupImport.class);

    private final ReleaseImports imports;
    private final RomeProperties rome;
    private final PasserelleProperties passerelle;

    RomeStartupImport(ReleaseImports imports, RomeProperties rome, PasserelleProperties passerelle) {
        this.imports = imports;
        this.rome = rome;
        this.passerelle = passerelle;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ReleaseFiles files;
            if (rome.folder() != null) {
                files = ReleaseFiles.folder(rome.folder());
            } else if (passerelle.demoData()) {
                files = ReleaseFiles.classpath(SAMPLE);
            } else {
                return;
            }
            var started = imports.importNow(null, files);
            log.info("ROME at start-up from {}: version {} {}", files.source(), started.version(),
                    started.alreadyImported() ? "was already imported" : "imported (see its release row for rejected rows)");
        } catch (RuntimeException e) {
            // A release that cannot be read must not keep the platform from starting; the administration page shows it.
            log.error("ROME release not imported at start-up: {}", e.getMessage(), e);
        }
    }
}
