package fr.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import javax.tools.ToolProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The national-scale generator of {@code bench/} (not compiled by the build: run by {@code bench/generate}) still loads
 * into the current schema, gives the same data for the same seed, and gives the indicators rows to count. Compiled here
 * from its source and run small into a database of its own, migrated to the latest version.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalGeneratorTest {

    private static final String DATABASE = "passerelle_generated";

    @Autowired
    DataSource dataSource;

    private Path classes;

    private String url;
    private String user;
    private String password;
    private SingleConnectionDataSource generatedSource;
    private JdbcClient generated;
    private Class<?> generator;

    @BeforeAll
    void compileTheGeneratorIntoAMigratedDatabaseOfItsOwn() throws Exception {
        var pool = (HikariDataSource) dataSource;
        try (Connection admin = pool.getConnection(); var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        user = pool.getUsername();
        password = pool.getPassword();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        classes = Files.createTempDirectory("generator");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), Path.of("bench", "Generate.java").toString());
        assertThat(compiled).as("bench/Generate.java compiles").isZero();
        generator = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()).loadClass("Generate");
        generatedSource = new SingleConnectionDataSource(url, user, password, true);
        generated = JdbcClient.create(generatedSource);
    }

    @AfterAll
    void dropIt() throws Exception {
        generatedSource.destroy();
        try (Connection admin = dataSource.getConnection(); var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(classes);
    }

    private String generate(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--url=" + url, "--user=" + user, "--password=" + password, "--campuses=3",
                "--years=2", "--last-year=2025", "--organisations-per-campus=10", "--clusters=2", "--members-per-cluster=5",
                "--other-organisations=10"));
        args.addAll(List.of(options));
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            generator.getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private String fingerprint() {
        return generated.sql("""
                select md5(string_agg(c.id || c.name || c.academy_code, ',' order by c.slug))
                       || md5((select string_agg(a.id || a.title || a.status, ',' order by a.id) from campus_action a))
                  from campus c where c.slug like 'gen-%'""").query(String.class).single();
    }

    @Test
    void theSameSeedGivesTheSameDataAndReplacingLeavesNoRowBehind() throws Exception {
        String printed = generate("--replace");
        assertThat(printed).contains("3 campuses × 2 years (2024–2025)").containsPattern("meeting\\s+36");
        String first = fingerprint();
        long attendances = generated.sql("select count(*) from attendance").query(Long.class).single();

        generate("--replace");

        assertThat(fingerprint()).isEqualTo(first);
        assertThat(generated.sql("select count(*) from attendance").query(Long.class).single()).isEqualTo(attendances);
        assertThat(generated.sql("select count(*) from campus where slug like 'gen-%'").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void everyGeneratedCampusHasTheRowsItsIndicatorsCount() throws Exception {
        generate("--replace");
        // Four steering committee meetings a year, each with its attendance taken, in every campus and year.
        assertThat(generated.sql("""
                select count(*) from (select campus_id, extract(year from starts_at) as y, count(*) as held
                                        from indicator_source_meeting where body_kind = 'STEERING' and recorded and members = 10
                                       group by 1, 2) m
                 where held = 4""").query(Long.class).single()).isEqualTo(3 * 2);
        assertThat(generated.sql("select count(distinct campus_id) from indicator_source_action where year = 2025")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(generated.sql("select count(distinct campus_id) from indicator_source_membership").query(Long.class).single()).isEqualTo(3);
        assertThat(generated.sql("select count(distinct campus_id) from indicator_source_survey_answer").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void everyGeneratedClusterHasItsMemberCompaniesEachWithAMatrixEntryAndReplacingLeavesNoneBehind() throws Exception {
        generate("--replace");
        long organisations = generated.sql("select count(*) from organisation").query(Long.class).single();
        generate("--replace");

        assertThat(generated.sql("select count(*) from cluster where slug like 'gen-%'").query(Long.class).single()).isEqualTo(2);
        assertThat(generated.sql("select count(*) from cluster_membership").query(Long.class).single()).isEqualTo(2 * 5);
        assertThat(generated.sql("""
                select count(*) from cluster_membership m
                  join cluster_matrix_entry e on e.cluster_id = m.cluster_id and e.organisation_id = m.organisation_id
                 where cardinality(e.activities) > 0 and cardinality(e.markets) > 0""").query(Long.class).single()).isEqualTo(2 * 5);
        assertThat(generated.sql("select count(*) from cluster_matrix_item where axis = 'ACTIVITY'").query(Long.class).single()).isEqualTo(2 * 20);
        assertThat(generated.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(organisations);
    }

    @Test
    void itRefusesToGenerateTwiceWithoutReplace() throws Exception {
        generate("--replace");
        // Without --replace the generator stops before writing anything (it exits: run in a child JVM).
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), "Generate", "--url=" + url, "--user=" + user,
                "--password=" + password, "--campuses=3", "--years=2", "--last-year=2025").redirectErrorStream(true).start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).isEqualTo(1);
        assertThat(printed).contains("3 generated campuses are already there");
    }
}
