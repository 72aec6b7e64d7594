package fr.passerelle.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM ({@link EmbeddedPostgres}), whose data folder survives restarts. Several Spring
 * contexts in one JVM (as in tests) share it, each with its connection pool; it stops when the last of them closes.
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "passerelle";
    /** Connections the pools may not take, kept for an administrator (PostgreSQL's superuser_reserved_connections). */
    static final int RESERVED_CONNECTIONS = 3;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static EmbeddedPostgres server;
    private static int maxConnections;
    private static int pooledConnections;
    private static int users;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server on first use (on {@code dataDir/postgres}, wiped first when {@code clean-on-start}) and counts
     * the caller's pool; refuses a pool that would not fit in the server's {@code max_connections}.
     */
    static synchronized EmbeddedPostgres acquire(Path dataDir, PasserelleProperties.Database settings) {
        if (server == null) {
            checkPoolsFit(0, settings.poolSize(), settings.maxConnections());
            Path dataDirectory = dataDir.resolve("postgres");
            server = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(dataDirectory, dataDir.resolve("postgres-binaries"),
                    settings.port(), settings.maxConnections(), settings.cleanOnStart()));
            maxConnections = settings.maxConnections();
            try {
                createDatabaseIfMissing();
            } catch (RuntimeException e) {
                server.close();
                server = null;
                throw e;
            }
        } else {
            if (!server.dataDirectory().equals(dataDir.resolve("postgres").toAbsolutePath().normalize())) {
                log.warn("Embedded PostgreSQL already runs on {}; {} is ignored", server.dataDirectory(), dataDir);
            }
            checkPoolsFit(pooledConnections, settings.poolSize(), maxConnections);
        }
        users++;
        pooledConnections += settings.poolSize();
        return server;
    }

    static synchronized void release(int poolSize) {
        pooledConnections -= poolSize;
        if (--users == 0 && server != null) {
            try {
                server.close();
            } finally {
                server = null;
            }
        }
    }

    /** The pools of every context (one in production) and the reserved connections must fit in max_connections. */
    static void checkPoolsFit(int pooled, int poolSize, int maxConnections) {
        if (poolSize < 1) {
            throw new IllegalStateException("passerelle.database.pool-size must be at least 1 (it is " + poolSize + ")");
        }
        int needed = pooled + poolSize + RESERVED_CONNECTIONS;
        if (needed > maxConnections) {
            throw new IllegalStateException("The embedded PostgreSQL accepts " + maxConnections + " connections "
                    + "(passerelle.database.max-connections) but needs " + needed + ": " + (pooled + poolSize)
                    + " for the connection pools (passerelle.database.pool-size each) and " + RESERVED_CONNECTIONS
                    + " kept for an administrator. Raise max-connections or lower pool-size.");
        }
    }

    private static void createDatabaseIfMissing() {
        try (Connection connection = server.connect("postgres");
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
    }
}
