package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL lets in only this machine, with the password; it writes durably; it keeps old data. */
class EmbeddedPostgresSecurityTest {

    @TempDir
    static Path folder;

    static EmbeddedPostgres server;

    @BeforeAll
    static void start() {
        server = start(folder.resolve("pg"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePasswordIsGeneratedAndReadableByItsOwnerOnly() throws IOException {
        Path passwordFile = EmbeddedPostgres.passwordFile(server.dataDirectory());

        assertThat(Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(passwordFile).trim()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void onlyPasswordConnectionsFromThisMachineAreAllowed() throws Exception {
        List<String> rules = Files.readAllLines(server.dataDirectory().resolve("pg_hba.conf")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertThat(rules).containsExactly("host    all       all   127.0.0.1/32  scram-sha-256");
        try (Connection connection = server.connect("postgres")) {
            assertThat(count(connection, "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"))
                    .as("rules loaded by the server that take no password").isZero();
            assertThat(count(connection, "select count(*) from pg_hba_file_rules")).isEqualTo(1);
        }
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused() {
        assertThatThrownBy(() -> connectAsSuperuser(server, null)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connectAsSuperuser(server, "trust-me"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void commitsAreFlushedToDiskBeforeTheyAreAcknowledged() throws SQLException {
        try (Connection connection = server.connect("postgres")) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
            assertThat(show(connection, "data_checksums")).isEqualTo("on");
        }
    }

    @Test
    void theServerListensOnLoopbackOnlyAndHasNoUnixSocket() throws Exception {
        try (Connection connection = server.connect("postgres")) {
            assertThat(show(connection, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(show(connection, "unix_socket_directories")).isEmpty();
        }
        assertThat(listeningAddresses(server.port())).containsExactly("0100007F"); // 127.0.0.1, in /proc/net/tcp's order
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, server.port()), 2000))
                        .as("connection to %s", address).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void aSecondStartOnAFolderThisProcessRunsIsRefused() {
        assertThatThrownBy(() -> start(server.dataDirectory()))
                .hasMessageContaining("is in use by this process")
                .hasMessageContaining("passerelle.data-dir");
    }

    @Test
    void aStalePostmasterPidNamingAnotherLiveProcessDoesNotStopTheStart() throws Exception {
        Path data = folder.resolve("stale");
        start(data).close();
        // The number of a process that is alive but is not this folder's PostgreSQL (PostgreSQL alone would refuse).
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");

        try (EmbeddedPostgres restarted = start(data); Connection connection = restarted.connect("postgres")) {
            assertThat(count(connection, "select 1")).isEqualTo(1);
        }
    }

    @Test
    void aFolderCreatedByTheEarlierLauncherGetsAPasswordAndKeepsItsData() throws Exception {
        Path data = folder.resolve("trust-era");
        // As versions before this one did: zonky's test defaults, trust authentication, no password.
        try (var legacy = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "60")
                .setLocaleConfig("encoding", "UTF8")
                .start();
             Connection connection = legacy.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (word text)");
            statement.execute("insert into kept values ('avant')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");
        assertThat(EmbeddedPostgres.passwordFile(data)).doesNotExist();

        try (EmbeddedPostgres upgraded = start(data);
             Connection connection = upgraded.connect("postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select word from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("avant");
            assertThat(Files.getPosixFilePermissions(EmbeddedPostgres.passwordFile(data)))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> connectAsSuperuser(upgraded, null)).isInstanceOf(SQLException.class);
        }
    }

    private static EmbeddedPostgres start(Path data) {
        return EmbeddedPostgres.start(EmbeddedPostgres.Settings.of(data, EmbeddedPostgresDurabilityTest.BINARIES));
    }

    private static Connection connectAsSuperuser(EmbeddedPostgres server, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", EmbeddedPostgres.SUPERUSER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl("postgres"), properties);
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Local addresses (hexadecimal, as the kernel lists them) of the sockets listening on the port. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        var addresses = new ArrayList<String>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (local[1].equals(hexPort) && fields[3].equals("0A")) { // 0A: LISTEN
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        var addresses = new ArrayList<InetAddress>();
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                network.inetAddresses().filter(Inet4Address.class::isInstance).forEach(addresses::add);
            }
        }
        return addresses;
    }
}
