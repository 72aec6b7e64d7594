package fr.passerelle.trades.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.trades.RomeReleaseMadeCurrent;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole release 60 of ROME 4.0 ({@code ../shared/data/rome4_v460}, when that folder is there) imports into a
 * database of its own on the shared embedded server, keeping every row of it. The time it takes is measured by hand
 * (bench/README.md), never asserted.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealRomeReleaseTest {

    private static final Path FOLDER = Path.of("..", "shared", "data", "rome4_v460");
    private static final String DATABASE = "passerelle_rome_real";

    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;

    private JdbcClient jdbc;
    private ReleaseImports.Started started;
    private final List<Object> events = new ArrayList<>();

    @BeforeAll
    void importTheWholeReleaseIntoADatabaseOfItsOwn() throws Exception {
        assumeTrue(Files.isRegularFile(FOLDER.resolve("version.txt")), "the real ROME release is not on this machine");
        var pool = (HikariDataSource) dataSource;
        try (Connection admin = pool.getConnection(); var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        Flyway.configure().dataSource(url, pool.getUsername(), pool.getPassword()).locations("classpath:db/migration").load().migrate();
        var own = new DriverManagerDataSource(url, pool.getUsername(), pool.getPassword());
        jdbc = JdbcClient.create(own);
        var imports = new ReleaseImports(own, jdbc, new DataSourceTransactionManager(own), Mockito.mock(AuditTrail.class), events::add, json,
                new SyncTaskExecutor(), Clock.systemUTC());
        started = imports.importNow(null, ReleaseFiles.folder(FOLDER));
    }

    @AfterAll
    void dropTheDatabase() throws Exception {
        if (jdbc == null) {
            return;
        }
        try (Connection admin = dataSource.getConnection(); var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void theReleaseIsImportedWithoutARejectedRowAndBecomesCurrent() {
        var release = jdbc.sql("select status, is_current, problem_count, error from rome_release where id = ?").param(started.releaseId())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4)}).single();
        assertThat(release).containsExactly("IMPORTED", true, 0, null);
        assertThat(events).containsExactly(new RomeReleaseMadeCurrent(60));
    }

    @Test
    void everyRowOfTheReleaseIsKept() {
        Map<String, Long> expected = Map.ofEntries(
                Map.entry("select count(*) from rome_trade", 1_584L),
                Map.entry("select count(*) from rome_job_title", 13_120L),
                Map.entry("select count(*) from rome_skill where not macro", 17_810L),
                Map.entry("select count(*) from rome_skill where macro", 507L),
                Map.entry("select count(*) from rome_knowledge", 15_354L),
                Map.entry("select count(*) from rome_knowledge where category = 'Certifications et habilitations'", 3_223L),
                Map.entry("select count(*) from rome_work_context", 179L),
                Map.entry("select count(*) from rome_mobility", 14_912L),
                Map.entry("select count(*) from rome_trade_item", 118_923L),
                Map.entry("select count(*) from rome_trade_item where core = 'CORE'", 18_900L),
                Map.entry("select count(*) from rome_trade_item where core = 'EMERGING'", 1_731L),
                Map.entry("select count(*) from rome_grand_domain", 14L),
                Map.entry("select count(*) from rome_professional_domain", 110L),
                Map.entry("select count(*) from rome_sector", 35L + 40L),
                Map.entry("select count(*) from rome_trade_sector", 3_303L),
                Map.entry("select count(*) from rome_naf_sector", 89L),
                Map.entry("select count(*) from rome_trade_naf", 2_920L),
                Map.entry("select count(*) from rome_theme", 17L),
                Map.entry("select count(*) from rome_trade_theme", 1_348L),
                Map.entry("select count(*) from rome_interest", 30L),
                Map.entry("select count(*) from rome_trade_interest", 4_444L),
                Map.entry("select count(*) from rome_trade where definition is not null", 1_584L),
                Map.entry("select count(*) from rome_job_title where principal", 1_584L));
        expected.forEach((sql, rows) -> assertThat(jdbc.sql(sql).query(Long.class).single()).as(sql).isEqualTo(rows));
    }
}
