package fr.passerelle.training.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A semicolon-separated file of the catalogue, decoded in its own encoding ({@link CatalogueEncoding}), with its header
 * and its records. Quoted fields may hold separators, doubled quotes and line breaks; each record keeps the number of
 * the physical line it starts on (the header is line 1). Bytes that are not valid in the file's encoding become
 * U+FFFD, so that the record holding them is rejected with its line and column rather than stored garbled.
 */
final class CsvFile {

    static final char INVALID = '\uFFFD';

    record Record(int line, List<String> cells) {
    }

    private final String name;
    private final Charset charset;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Record> records;

    private CsvFile(String name, Charset charset, List<String> header, List<Record> records) {
        this.name = name;
        this.charset = charset;
        this.header = header;
        this.records = records;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
    }

    static CsvFile read(String name, byte[] content, Charset expected) {
        Charset charset = CatalogueEncoding.detect(content, expected);
        int start = CatalogueEncoding.hasBom(content) ? 3 : 0;
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(INVALID)).decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        List<Record> all = parse(text);
        if (all.isEmpty()) {
            return new CsvFile(name, charset, List.of(), List.of());
        }
        List<String> header = all.get(0).cells().stream().map(String::strip).toList();
        return new CsvFile(name, charset, header, all.subList(1, all.size()));
    }

    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    records.add(new Record(recordLine, List.copyOf(cells)));
                }
                cells.clear();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    String name() {
        return name;
    }

    Charset charset() {
        return charset;
    }

    List<String> header() {
        return header;
    }

    List<Record> records() {
        return records;
    }

    /** The index of a column, or -1 when the header lacks it. */
    int column(String title) {
        return columns.getOrDefault(title, -1);
    }

    boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }
}
