package fr.passerelle.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A JVM of its own for the durability tests ({@link EmbeddedPostgresDurabilityTest}): starts a durable embedded
 * PostgreSQL on a folder, commits {@code rows} more rows to table {@code acknowledged}, one transaction each, prints
 * {@code ACKNOWLEDGED <last row> <postmaster pid>} and waits to be killed.
 *
 * <p>Arguments: data folder, binaries folder, rows.
 */
public final class EmbeddedPostgresChild {

    /** Held for the life of the JVM: the server's wrapper stops PostgreSQL when its input pipe is closed. */
    private static EmbeddedPostgres server;

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        server = EmbeddedPostgres.start(EmbeddedPostgres.Settings.of(Path.of(args[0]), Path.of(args[1])));
        int rows = Integer.parseInt(args[2]);
        try (Connection connection = server.connect("postgres")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists acknowledged (n int primary key)");
            }
            int last;
            try (Statement statement = connection.createStatement();
                 ResultSet max = statement.executeQuery("select coalesce(max(n), 0) from acknowledged")) {
                max.next();
                last = max.getInt(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged values (?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setInt(1, ++last);
                    insert.executeUpdate(); // autocommit: returns once PostgreSQL acknowledged the commit
                }
            }
            System.out.println("ACKNOWLEDGED " + last + " " + server.pid());
        }
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
