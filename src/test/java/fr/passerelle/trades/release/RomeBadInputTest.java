package fr.passerelle.trades.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.platform.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Releases with bad rows, a missing file or column, or an interrupted import, made from copies of the sample with older
 * version numbers (so that release 60 stays in service) and deleted afterwards.
 */
@PasserelleIntegrationTest
class RomeBadInputTest {

    private static final String ROME = "unix_referentiel_code_rome_v460_utf8.csv";
    private static final String JOB_TITLES = "unix_referentiel_appellation_v460_utf8.csv";
    private static final String LINKS = "unix_liens_rome_referentiels_v460_utf8.csv";
    private static final String KNOWLEDGE = "unix_referentiel_savoir_v460_utf8.csv";
    private static final String MOBILITY = "unix_rubrique_mobilite_v460_utf8.csv";

    @Autowired
    java.time.Clock clock;

    @Autowired
    ReleaseImports imports;
    @Autowired
    ReleaseCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @AfterEach
    void deleteTheTestReleases() {
        jdbc.sql("delete from rome_release where version between 50 and 59").update();
        assertThat(catalog.byVersion(60).orElseThrow().current()).as("the sample stays in service").isTrue();
    }

    /** A copy of the sample, numbered {@code version}. */
    private Path sample(int version) throws IOException {
        ReleaseFiles files = ReleaseFiles.classpath(RomeStartupImport.SAMPLE);
        for (String name : files.names()) {
            try (InputStream in = files.open(name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        Path text = folder.resolve("version.txt");
        Files.writeString(text, Files.readString(text).replace("Numero de version : 60", "Numero de version : " + version));
        return folder;
    }

    /** Adds a row at the end of a file; returns its line. */
    private int append(String file, byte[] row) throws IOException {
        Path path = folder.resolve(file);
        long lines = Files.readString(path).chars().filter(c -> c == '\n').count();
        Files.write(path, row, StandardOpenOption.APPEND);
        return (int) lines + 1;
    }

    private int append(String file, String row) throws IOException {
        return append(file, (row + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private long rows(String table, UUID release) {
        return jdbc.sql("select count(*) from " + table + " where release_id = ?").param(release).query(Long.class).single();
    }

    @Test
    void badRowsAreReportedByFileLineAndColumnAndTheGoodRowsAreKept() throws IOException {
        sample(59);
        int ogr = append(JOB_TITLES, "\"12A4\",\"Agent / Agente\",\"Agent\",\"G1602\",\"Emploi Blanc\",\"\",\"\",\"\",\"\",\"SYNONYME\",\"\",\"G1602\",\"N\"");
        int fiche = append(LINKS, "\"A9999\",\"2\",\"\",\"10826\"");
        int item = append(LINKS, "\"G1602\",\"5\",\"1\",\"999999\"");
        byte[] latin1 = "\"999998\",\"Connaissance des m\u00e9taux\",\"Domaines d'expertise\",\"\",\"\",\"N\"\n".getBytes(StandardCharsets.ISO_8859_1);
        int encoding = append(KNOWLEDGE, latin1);
        int fields = append(MOBILITY, "\"G1602\",\"G1601\"");

        var started = imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.folder(folder));

        ReleaseView release = catalog.find(started.releaseId()).orElseThrow();
        assertThat(release.imported()).isTrue();
        assertThat(release.current()).as("an older release does not go into service").isFalse();
        assertThat(release.problemCount()).isEqualTo(5);
        assertThat(release.problems()).containsExactlyInAnyOrder(
                new ReleaseProblem(JOB_TITLES, ogr, "code_ogr", "« 12A4 » n’est pas un code OGR (un nombre entier)."),
                new ReleaseProblem(LINKS, fiche, "code_rome", "la fiche « A9999 » n’existe pas dans cette version."),
                new ReleaseProblem(LINKS, item, "code_ogr", "l’item 999999 n’existe pas dans le référentiel des compétences de cette version."),
                new ReleaseProblem(KNOWLEDGE, encoding, "libelle_savoir", "ce champ n’est pas en UTF-8 (octets invalides)."),
                new ReleaseProblem(MOBILITY, fields, null, "2 champs au lieu des 3 de l’en-tête."));
        assertThat(release.problems().get(0).describe()).startsWith("unix_");
        // Every good row is kept, as in the sample itself.
        UUID sample = catalog.byVersion(60).orElseThrow().id();
        for (String table : new String[] {"rome_trade", "rome_job_title", "rome_knowledge", "rome_trade_item", "rome_mobility", "rome_skill"}) {
            assertThat(rows(table, release.id())).as(table).isEqualTo(rows(table, sample));
        }
        // Progress: every row read, the last step, a heartbeat.
        assertThat(release.rowsTotal()).isPositive();
        assertThat(release.rowsDone()).isEqualTo(release.rowsTotal());
        assertThat(release.step()).isEqualTo("Terminé");
        assertThat(jdbc.sql("select heartbeat_at is not null and finished_at is not null from rome_release where id = ?").param(release.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aMissingFileRefusesTheReleaseByNamingIt() throws IOException {
        sample(58);
        Files.delete(folder.resolve("unix_texte_v460_utf8.csv"));
        assertThatThrownBy(() -> imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.folder(folder)))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessage("Le fichier unix_texte_v…_utf8.csv manque : la version ne peut pas être importée.");
        assertThat(catalog.byVersion(58)).isEmpty();
    }

    @Test
    void aMissingColumnFailsTheReleaseByNamingTheFileAndTheColumnAndKeepsNoneOfItsRows() throws IOException {
        sample(57);
        Path knowledge = folder.resolve(KNOWLEDGE);
        Files.writeString(knowledge, Files.readString(knowledge).replaceFirst("\"libelle_savoir\"", "\"libelle\""));

        var started = imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.folder(folder));

        ReleaseView release = catalog.find(started.releaseId()).orElseThrow();
        assertThat(release.status()).isEqualTo("FAILED");
        assertThat(release.statusLabel()).isEqualTo("En échec");
        assertThat(release.error()).isEqualTo("Le fichier " + KNOWLEDGE + " n’a pas de colonne « libelle_savoir » : la version ne peut pas être importée.");
        assertThat(rows("rome_trade", release.id())).isZero();
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by id").param(release.id()).query(String.class).list())
                .containsExactly("ROME_IMPORT_STARTED", "ROME_IMPORT_FAILED");
    }

    @Test
    void anImportWhoseNodeStoppedIsShownInterruptedAndIsImportedAgainOnRequest() throws IOException {
        UUID dead = UUID.randomUUID();
        Instant longAgo = Instant.now(clock).minus(10, ChronoUnit.MINUTES);
        jdbc.sql("""
                        insert into rome_release (id, version, source, status, step, started_at, heartbeat_at)
                        values (?, 56, 'ailleurs', 'IMPORTING', 'Lecture de unix_texte_v460_utf8.csv', ?, ?)""")
                .params(dead, Timestamp.from(longAgo), Timestamp.from(longAgo)).update();
        ReleaseView interrupted = catalog.byVersion(56).orElseThrow();
        assertThat(interrupted.interrupted()).isTrue();
        assertThat(interrupted.statusLabel()).isEqualTo("Interrompue");
        assertThat(interrupted.running()).isFalse();
        assertThat(interrupted.deletable()).isTrue();

        var started = imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.folder(sample(56)));

        assertThat(started.releaseId()).isNotEqualTo(dead);
        assertThat(catalog.byVersion(56).orElseThrow().imported()).isTrue();
    }

    @Test
    void anImportRunningOnALiveNodeIsNotStartedTwice() throws IOException {
        jdbc.sql("""
                        insert into rome_release (id, version, source, status, step, started_at, heartbeat_at)
                        values (?, 55, 'ailleurs', 'IMPORTING', 'Lecture', now(), now())""").param(UUID.randomUUID()).update();
        assertThat(catalog.byVersion(55).orElseThrow().running()).isTrue();
        assertThatThrownBy(() -> imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.folder(sample(55))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("La version 55 du ROME est déjà en cours d’import.");
    }
}
