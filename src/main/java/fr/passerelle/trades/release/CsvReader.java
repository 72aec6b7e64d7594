package fr.passerelle.trades.release;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file of a ROME release (RFC 4180: fields separated by commas, quoted fields may hold commas, doubled quotes
 * and line breaks), read record by record without holding the file in memory. Records are split on bytes — in UTF-8
 * no byte of a multi-byte character is a quote, a comma or a line break — and each field is then decoded by a decoder
 * that refuses malformed UTF-8 instead of replacing it. A record that cannot be read (wrong number of fields, bytes
 * that are not UTF-8, text after a closing quote) is reported with its line and column and skipped; the reader goes on
 * with the next one. Blank lines between records are skipped.
 */
final class CsvReader implements Closeable {

    /** Where rejected records go. */
    interface Problems {
        void report(String file, Integer line, String column, String message);
    }

    /** A good record and the line it starts on (the header is line 1). */
    record Row(int line, String[] fields) {

        String get(int column) {
            return fields[column];
        }
    }

    private static final int QUOTE = '"';
    private static final int COMMA = ',';
    private static final int LF = '\n';
    private static final int CR = '\r';

    private final String file;
    private final InputStream in;
    private final Problems problems;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int pushedBack = -2;
    private int line = 1;
    private long records;
    private final List<String> header;

    // The record being read: its bytes, and where each field ends in them.
    private byte[] bytes = new byte[1024];
    private int length;
    private int[] ends = new int[32];
    private int fieldCount;
    private String defect;

    CsvReader(String file, InputStream in, Problems problems) throws IOException {
        this.file = file;
        this.in = in;
        this.problems = problems;
        if (!readRecord()) {
            throw new ReleaseRefused("Le fichier " + file + " est vide : il n’a pas même de ligne d’en-tête.");
        }
        String[] names = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            String name = decode(i);
            if (name == null) {
                throw new ReleaseRefused("L’en-tête du fichier " + file + " n’est pas en UTF-8.");
            }
            names[i] = i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name;
        }
        header = List.of(names);
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    /** The records read so far, good or bad, blank lines aside. */
    long records() {
        return records;
    }

    /** The index of a column the import needs; a file without it refuses the whole release. */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new ReleaseRefused("Le fichier " + file + " n’a pas de colonne « " + name + " » : la version ne peut pas être importée.");
        }
        return index;
    }

    /** The next good record, or null at the end of the file. */
    Row next() throws IOException {
        while (true) {
            int start = line;
            if (!readRecord()) {
                return null;
            }
            if (fieldCount == 1 && length == 0 && defect == null) {
                continue;
            }
            records++;
            if (defect != null) {
                problems.report(file, start, null, defect);
                continue;
            }
            if (fieldCount != header.size()) {
                problems.report(file, start, null, fieldCount + " champ" + (fieldCount > 1 ? "s" : "") + " au lieu des "
                        + header.size() + " de l’en-tête.");
                continue;
            }
            String[] fields = new String[fieldCount];
            boolean good = true;
            for (int i = 0; i < fieldCount && good; i++) {
                fields[i] = decode(i);
                if (fields[i] == null) {
                    problems.report(file, start, header.get(i), "ce champ n’est pas en UTF-8 (octets invalides).");
                    good = false;
                }
            }
            if (good) {
                return new Row(start, fields);
            }
        }
    }

    private String decode(int field) {
        int from = field == 0 ? 0 : ends[field - 1];
        int to = ends[field];
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Reads one record into {@link #bytes} and {@link #ends}; false at the end of the file. */
    private boolean readRecord() throws IOException {
        length = 0;
        fieldCount = 0;
        defect = null;
        int b = read();
        if (b == -1) {
            return false;
        }
        boolean quoted = false;
        boolean afterQuote = false;
        int quoteLine = line;
        while (true) {
            if (quoted) {
                if (b == -1) {
                    defect = "un guillemet ouvert à la ligne " + quoteLine + " n’est jamais fermé.";
                    endField();
                    return true;
                }
                if (b == QUOTE) {
                    int next = read();
                    if (next == QUOTE) {
                        append(QUOTE);
                    } else {
                        quoted = false;
                        afterQuote = true;
                        b = next;
                        continue;
                    }
                } else {
                    if (b == LF) {
                        line++;
                    }
                    append(b);
                }
            } else if (b == -1) {
                endField();
                return true;
            } else if (b == COMMA) {
                endField();
                afterQuote = false;
            } else if (b == LF || b == CR) {
                if (b == CR) {
                    int next = read();
                    if (next != LF) {
                        pushedBack = next;
                    }
                }
                line++;
                endField();
                return true;
            } else if (afterQuote) {
                if (defect == null) {
                    defect = "du texte suit un guillemet fermant dans le champ " + (fieldCount + 1) + ".";
                }
                append(b);
            } else if (b == QUOTE && (length == (fieldCount == 0 ? 0 : ends[fieldCount - 1]))) {
                quoted = true;
                quoteLine = line;
            } else {
                append(b);
            }
            b = read();
        }
    }

    private void append(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }

    private void endField() {
        if (fieldCount == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[fieldCount++] = length;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int b = pushedBack;
            pushedBack = -2;
            return b;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Counts the lines of a stream, for an estimate of the work ahead. */
    static long countLines(InputStream in) throws IOException {
        try (in) {
            byte[] chunk = new byte[1 << 16];
            long lines = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == LF) {
                        lines++;
                    }
                }
            }
            return lines;
        }
    }
}
