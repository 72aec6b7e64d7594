package fr.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migrations keep every row of a database that was in use: a copy of the demo database as it stood at V37 (the
 * business tables of {@code src/test/resources/db/demo-v37}, dumped from a platform started with its demo data; the
 * reference tables are filled by the migrations themselves) is restored into a database of its own, then migrated to
 * the latest version.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDatabaseMigrationTest {

    private static final String COPY = "passerelle_demo_v37";

    @Autowired
    DataSource dataSource;

    private final Map<String, Long> restored = new LinkedHashMap<>();
    private JdbcClient copy;
    private SingleConnectionDataSource copySource;

    @BeforeAll
    void restoreTheV37DemoDatabaseThenMigrateIt() throws Exception {
        var pool = (HikariDataSource) dataSource;
        try (Connection admin = pool.getConnection(); var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + COPY + " with (force)");
            statement.execute("create database " + COPY);
        }
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + COPY + "$1");
        Flyway.configure().dataSource(url, pool.getUsername(), pool.getPassword()).locations("classpath:db/migration")
                .target("37").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword())) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                // Rows go in table by table, whatever the order of their foreign keys.
                statement.execute("set session_replication_role = replica");
            }
            for (Resource table : new PathMatchingResourcePatternResolver().getResources("classpath:db/demo-v37/*.csv")) {
                String name = table.getFilename().replace(".csv", "");
                restored.put(name, restore(connection, name, table));
            }
            connection.commit();
        }
        Flyway.configure().dataSource(url, pool.getUsername(), pool.getPassword()).locations("classpath:db/migration").load().migrate();
        copySource = new SingleConnectionDataSource(url, pool.getUsername(), pool.getPassword(), true);
        copy = JdbcClient.create(copySource);
    }

    private static long restore(Connection connection, String table, Resource csv) throws SQLException, IOException {
        try (InputStream in = csv.getInputStream()) {
            String header = new String(csv.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + header + ") from stdin with (format csv, header true)", in);
        }
    }

    @Test
    void theCopyHoldsTheDemoAsItWas() {
        assertThat(restored).containsKeys("campus", "organisation", "person", "governing_body", "body_member", "meeting", "attendance",
                "budget_line", "funding_request", "application", "account", "campus_training");
        assertThat(restored.get("campus")).isEqualTo(33);
    }

    @Test
    void everyRowOfEveryTableIsKept() {
        restored.forEach((table, rows) -> assertThat(copy.sql("select count(*) from " + table).query(Long.class).single())
                .as("rows of %s after the migrations", table).isEqualTo(rows));
    }

    @Test
    void foreignKeysStillHoldAfterTheMigrations() {
        assertThat(copy.sql("select count(*) from body_member m left join governing_body b on b.id = m.body_id where b.id is null")
                .query(Long.class).single()).isZero();
        assertThat(copy.sql("select count(*) from attendance a left join meeting m on m.id = a.meeting_id where m.id is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void everySeatOfThePastCountsInTheMeetingsItCountedInSoNoPastParticipationRateChanges() {
        // At V37 a meeting's rate counted the body's current members; dated seats must count the same people on its date.
        assertThat(copy.sql("select count(*) from body_member where started_on is null").query(Long.class).single()).isZero();
        long meetingsWhoseMembersChanged = copy.sql("""
                select count(*) from meeting mt
                 where (select count(*) from body_member m where m.body_id = mt.body_id
                           and m.started_on <= (mt.starts_at at time zone 'Europe/Paris')::date)
                    <> (select count(*) from body_member m where m.body_id = mt.body_id)""").query(Long.class).single();
        assertThat(meetingsWhoseMembersChanged).isZero();
    }

    @Test
    void fundingRequestsKeepTheirFunderAndAmounts() {
        assertThat(copy.sql("select count(*) from funding_request where funder is null or amount_asked is null").query(Long.class).single()).isZero();
    }

    @Test
    void aCampusOneSectorBecomesItsMainSectorAndItsAcademieItsFirst() throws IOException {
        var resource = new PathMatchingResourcePatternResolver().getResource("classpath:db/demo-v37/campus.csv");
        try (var reader = new java.io.InputStreamReader(resource.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
            var rows = org.apache.commons.csv.CSVFormat.Builder.create(org.apache.commons.csv.CSVFormat.DEFAULT).setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader).getRecords();
            assertThat(rows).hasSize(33);
            for (var row : rows) {
                var migrated = copy.sql("select sector, academy_code from campus where id = ?").param(UUID.fromString(row.get("id")))
                        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
                assertThat(migrated).as("campus %s", row.get("name")).containsExactly(row.get("sector"), row.get("academy_code"));
            }
        }
        // Nobody had another sector or académie before: the migration invents none.
        assertThat(copy.sql("select count(*) from campus_other_sector").query(Long.class).single()).isZero();
        assertThat(copy.sql("select count(*) from campus_other_academy").query(Long.class).single()).isZero();
        assertThat(copy.sql("select count(*) from application_other_academy").query(Long.class).single()).isZero();
    }

    @Test
    void everyDiplomaGetsItsLevelInTheNationalFrameworkAndEveryTrainingItsRoute() {
        assertThat(copy.sql("select count(*) from diploma where national_level is null").query(Long.class).single()).isZero();
        assertThat(copy.sql("select count(*) from campus_training where route is null").query(Long.class).single()).isZero();
    }
}
