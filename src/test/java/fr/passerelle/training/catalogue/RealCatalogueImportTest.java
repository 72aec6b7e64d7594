package fr.passerelle.training.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.passerelle.PasserelleIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole real catalogue (../shared/data/formations, when present) imports into a database of its own, migrated from
 * scratch, with the counts of the national files; a second import changes no count. Its duration is measured by hand
 * (bench/README.md), never asserted here.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCatalogueImportTest {

    static final Path FOLDER = Path.of("../shared/data/formations");
    private static final String DATABASE = "passerelle_catalogue_real";

    @Autowired
    DataSource dataSource;

    private SingleConnectionDataSource copySource;
    private JdbcTemplate jdbc;
    private CatalogueImporter.Result first;
    private final List<String> rejections = new ArrayList<>();

    @BeforeAll
    void importTheRealFolderIntoItsOwnDatabase() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "the real data folder is not here");
        var pool = (HikariDataSource) dataSource;
        try (Connection admin = pool.getConnection(); var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        Flyway.configure().dataSource(url, pool.getUsername(), pool.getPassword()).locations("classpath:db/migration").load().migrate();
        copySource = new SingleConnectionDataSource(url, pool.getUsername(), pool.getPassword(), true);
        jdbc = new JdbcTemplate(copySource);
        Map<String, byte[]> files = CatalogueStartup.read(FOLDER.toString());
        CatalogueImporter importer = new CatalogueImporter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(copySource)),
                Clock.systemUTC(), CatalogueImporter.CampusLinks.NONE);
        long start = System.nanoTime();
        first = importer.run(files, new CatalogueImporter.Progress() {
            @Override
            public void file(String name, int done, int total) {
            }

            @Override
            public void kept(String file, int rows) {
            }

            @Override
            public void rejected(String file, int line, String column, String message) {
                rejections.add(file + ":" + line + " [" + column + "] " + message);
            }
        });
        System.out.printf("Real training catalogue imported in %d ms: %s kept, %s rejected, %d trainings%n",
                (System.nanoTime() - start) / 1_000_000, first.kept(), first.rejected(), first.trainings());
        rejections.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.substring(0, r.indexOf(':')))).forEach((file, list) ->
                list.stream().limit(3).forEach(System.out::println));
    }

    @AfterAll
    void dropTheDatabase() throws Exception {
        if (copySource != null) {
            copySource.destroy();
            try (Connection admin = dataSource.getConnection(); var statement = admin.createStatement()) {
                statement.execute("drop database if exists " + DATABASE + " with (force)");
            }
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void everyFileOfTheFolderIsReadAndTheFamiliesOfTradesFileIsLeftAside() {
        assertThat(first.kept()).hasSize(12);
        assertThat(first.ignoredFiles()).containsExactly("familles_de_metiers_2nde_pro.csv");
    }

    @Test
    void theCountsAreThoseOfTheNationalFiles() {
        assertThat(count("select count(*) from training_specialty_group")).isEqualTo(115);
        // 17,470 rows, of which 101 repeat a fiche already listed: the upsert keeps one per code.
        assertThat(count("select count(*) from catalogue_rncp")).isEqualTo(17369);
        // 45,165 links, less 174 rows whose ROME code is a domain ("B11"), not a fiche: rejected with their line.
        assertThat(count("select count(*) from catalogue_rncp_rome")).isEqualTo(44991);
        assertThat(first.rejected().get("rncp_rome_v1.4_2021.csv")).isEqualTo(174);
        assertThat(count("select count(*) from catalogue_onisep")).isGreaterThan(6000);
        assertThat(count("select count(*) from catalogue_establishment where kind = 'CFA'")).isGreaterThanOrEqualTo(933);
        // One row per establishment and population (ensemble, dont apprentis, dont élèves en voie pro sco), none lost.
        assertThat(count("select count(*) from catalogue_outcome where source = 'INSERJEUNES_LP'")).isEqualTo(5605);
        assertThat(count("select count(*) from catalogue_outcome where source = 'INSERJEUNES_CFA'")).isEqualTo(2527);
        // Every diploma of V22 is kept with its code, and gets its specialty group.
        assertThat(count("select count(*) from diploma")).isEqualTo(1243);
        // but the one whose BCN row names a level code the level table lacks (rejected with its line): it keeps its V22 row.
        assertThat(count("select count(*) from diploma where nsf_code is null and code <> 'DOCTORAT'")).isEqualTo(1);
    }

    @Test
    void blankOutcomesStayBlank() {
        assertThat(count("select count(*) from catalogue_outcome where employment_rate is null")).isPositive();
    }

    @Test
    void theTrainingsJoinDiplomasCertificationsAndOnisep() {
        assertThat(count("select count(*) from catalogue_training where kind = 'DIPLOMA'")).isEqualTo(1243);
        assertThat(count("select count(*) from catalogue_training where kind = 'CERTIFICATION'")).isGreaterThan(4000);
        assertThat(count("select count(*) from catalogue_training where kind = 'ONISEP'")).isGreaterThan(3000);
        assertThat(count("select count(*) from catalogue_training where routes like '%APPRENTICESHIP%'")).isGreaterThan(1000);
        assertThat(count("select count(*) from catalogue_training where national_level is null and kind <> 'ONISEP'")).isLessThan(50);
    }

    @Test
    void aSecondImportOfTheSameFilesDuplicatesNothing() {
        long trainings = count("select count(*) from catalogue_training");
        long links = count("select count(*) from catalogue_training_rncp");
        CatalogueImporter importer = new CatalogueImporter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(copySource)),
                Clock.systemUTC(), CatalogueImporter.CampusLinks.NONE);
        importer.assemble();
        assertThat(count("select count(*) from catalogue_training")).isEqualTo(trainings);
        assertThat(count("select count(*) from catalogue_training_rncp")).isEqualTo(links);
    }
}
