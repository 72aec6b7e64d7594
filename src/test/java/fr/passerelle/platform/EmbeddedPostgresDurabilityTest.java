package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL against hard kills: each test runs a server in a JVM of its own
 * ({@link EmbeddedPostgresChild}), kills it with SIGKILL as a crash or an impatient operator would, and starts again.
 */
class EmbeddedPostgresDurabilityTest {

    static final Path BINARIES = Path.of("target/test-data/postgres-binaries");
    private static final Duration BOUND = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    private final List<Process> children = new ArrayList<>();
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
        EmbeddedPostgres.readPostmasterPid(folder.resolve("pg")).ifPresent(pid -> {
            if (EmbeddedPostgres.isPostmasterOf(pid, folder.resolve("pg"))) {
                EmbeddedPostgres.stopProcess(pid);
            }
        });
    }

    @Test
    void everyAcknowledgedCommitSurvivesAHardKillOfTheJvmAndOfPostgres() throws Exception {
        Path data = folder.resolve("pg");
        Process child = startChild(data, 300);
        Acknowledged acknowledged = awaitAcknowledged(child);

        // Kill PostgreSQL first (every process of it, as a crash would), so that no one shuts it down in order.
        List<ProcessHandle> postgres = processTree(acknowledged.pid());
        postgres.forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly().waitFor();
        postgres.forEach(p -> assertThat(EmbeddedPostgres.waitUntilGone(p.pid(), BOUND)).isTrue());

        try (EmbeddedPostgres restarted = start(data);
             Connection connection = restarted.connect("postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*), max(n) from acknowledged")) {
            rows.next();
            assertThat(rows.getInt(1)).as("rows committed").isEqualTo(acknowledged.lastRow());
            assertThat(rows.getInt(2)).as("last row committed").isEqualTo(acknowledged.lastRow());
        }
    }

    @Test
    void theServerStopsInOrderWhenItsJvmIsKilled() throws Exception {
        Path data = folder.resolve("pg");
        Process child = startChild(data, 1);
        Acknowledged acknowledged = awaitAcknowledged(child);

        child.destroyForcibly().waitFor();

        assertThat(EmbeddedPostgres.waitUntilGone(acknowledged.pid(), BOUND)).as("PostgreSQL stopped").isTrue();
        assertThat(data.resolve("postmaster.pid")).as("removed by a fast shutdown, not left by a crash").doesNotExist();
        assertThat(Files.readString(EmbeddedPostgres.logFile(data))).contains("received fast shutdown request");
    }

    @Test
    void anOrphanedServerIsStoppedAndTheNextStartWorksFirstTime() throws Exception {
        Path data = folder.resolve("pg");
        Process child = startChild(data, 5);
        Acknowledged acknowledged = awaitAcknowledged(child);
        // The JVM and the wrapper die together (as with a kill of the whole group): PostgreSQL is left an orphan.
        child.descendants().filter(p -> !isPostgres(p)).forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly().waitFor();
        assertThat(EmbeddedPostgres.isPostmasterOf(acknowledged.pid(), data)).as("orphan left running").isTrue();

        try (EmbeddedPostgres restarted = start(data);
             Connection connection = restarted.connect("postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from acknowledged")) {
            assertThat(EmbeddedPostgres.isRunning(acknowledged.pid())).as("orphan stopped").isFalse();
            assertThat(restarted.pid()).isNotEqualTo(acknowledged.pid());
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(acknowledged.lastRow());
        }
    }

    @Test
    void aSecondStartOnAFolderAnotherRunningPasserelleUsesIsRefusedWithWhatToDo() throws Exception {
        Path data = folder.resolve("pg");
        Process child = startChild(data, 1);
        Acknowledged acknowledged = awaitAcknowledged(child);

        assertThatThrownBy(() -> start(data))
                .hasMessage("The embedded PostgreSQL data folder " + data + " is in use by another running Passerelle (process "
                        + child.pid() + "). Stop that Passerelle first, or give this one another folder (passerelle.data-dir).");
        assertThat(EmbeddedPostgres.isPostmasterOf(acknowledged.pid(), data)).as("the running one is left alone").isTrue();
    }

    private EmbeddedPostgres start(Path data) {
        EmbeddedPostgres server = EmbeddedPostgres.start(EmbeddedPostgres.Settings.of(data, BINARIES));
        servers.add(server);
        return server;
    }

    private Process startChild(Path data, int rows) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), data.toString(), BINARIES.toAbsolutePath().toString(),
                Integer.toString(rows))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile())
                .start();
        children.add(child);
        return child;
    }

    /** The child's {@code ACKNOWLEDGED <last row> <pid>} line, once it has printed it. */
    private Acknowledged awaitAcknowledged(Process child) throws IOException, InterruptedException {
        Path log = folder.resolve("child.log");
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = Files.readAllLines(log).stream().filter(l -> l.startsWith("ACKNOWLEDGED ")).findFirst();
            if (line.isPresent()) {
                String[] parts = line.get().split(" ");
                return new Acknowledged(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
            }
            if (!child.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The child JVM did not acknowledge its writes:\n" + Files.readString(log));
    }

    private static List<ProcessHandle> processTree(long pid) {
        ProcessHandle root = ProcessHandle.of(pid).orElseThrow();
        var tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        return tree;
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    private record Acknowledged(int lastRow, long pid) {
    }
}
