package fr.passerelle.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM, whose data directory survives restarts. Several Spring contexts in one JVM
 * (as in tests) share it; it stops when the last of them closes.
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "passerelle";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static EmbeddedPostgres server;
    private static Path serverDirectory;
    private static int users;

    private EmbeddedDatabase() {
    }

    /** Starts the server on first use (wiping the directory first when {@code clean}) and returns its JDBC URL. */
    static synchronized String acquire(Path dataDirectory, boolean clean, int port) {
        if (server == null) {
            try {
                Files.createDirectories(dataDirectory);
                var builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory.toFile())
                        .setCleanDataDirectory(clean)
                        .setServerConfig("max_connections", "60")
                        .setLocaleConfig("encoding", "UTF8");
                if (port > 0) {
                    builder.setPort(port);
                }
                server = builder.start();
                serverDirectory = dataDirectory;
                createDatabaseIfMissing();
                log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory.toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
            }
        } else if (!serverDirectory.equals(dataDirectory)) {
            log.warn("Embedded PostgreSQL already runs on {}; {} is ignored", serverDirectory, dataDirectory);
        }
        users++;
        return server.getJdbcUrl("postgres", DATABASE);
    }

    static synchronized void release() {
        if (--users == 0 && server != null) {
            try {
                server.close();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            } finally {
                server = null;
            }
        }
    }

    private static void createDatabaseIfMissing() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
    }
}
