package fr.passerelle.trades.release;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY … FROM STDIN} (text format), every row starting with the
 * release's id. Far faster than inserts for the 200,000 rows of a release.
 */
final class CopyWriter implements AutoCloseable {

    private final CopyIn copy;
    private final String release;
    private final StringBuilder row = new StringBuilder(256);
    private final StringBuilder pending = new StringBuilder(1 << 16);
    private long rows;

    CopyWriter(CopyManager copies, String table, String columns, UUID release) throws SQLException {
        this.copy = copies.copyIn("copy " + table + " (release_id, " + columns + ") from stdin");
        this.release = release.toString();
    }

    /** One row: the values after the release's id, in the order of the columns; null for SQL null. */
    void row(Object... values) throws SQLException {
        row.setLength(0);
        row.append(release);
        for (Object value : values) {
            row.append('\t');
            if (value == null) {
                row.append("\\N");
            } else if (value instanceof Boolean b) {
                row.append(b ? 't' : 'f');
            } else {
                escape(value.toString());
            }
        }
        row.append('\n');
        pending.append(row);
        rows++;
        if (pending.length() > (1 << 16) - 512) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (!pending.isEmpty()) {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            pending.setLength(0);
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            flush();
            copy.endCopy();
        }
    }
}
