package fr.passerelle.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file sent through a form, checked before it is kept in PostgreSQL: its type is read from its first bytes
 * (never trusted from its name or from the browser), its size is bounded and its name made safe to send back.
 */
public record UploadedFile(String name, FileType type, byte[] content) {

    /** The kinds of files Passerelle accepts, each recognised by its signature. */
    public enum FileType {
        PDF("PDF", "application/pdf", "pdf"),
        PNG("PNG", "image/png", "png"),
        JPEG("JPEG", "image/jpeg", "jpg", "jpeg"),
        DOCX("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PPTX("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        ODT("OpenDocument texte", "application/vnd.oasis.opendocument.text", "odt"),
        ODS("OpenDocument tableur", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
        ODP("OpenDocument présentation", "application/vnd.oasis.opendocument.presentation", "odp"),
        CSV("CSV", "text/csv", "csv"),
        TEXT("Texte", "text/plain", "txt");

        private final String label;
        private final String mediaType;
        private final Set<String> extensions;

        FileType(String label, String mediaType, String... extensions) {
            this.label = label;
            this.mediaType = mediaType;
            this.extensions = Set.of(extensions);
        }

        public String label() {
            return label;
        }

        public String mediaType() {
            return mediaType;
        }

        public static FileType ofMediaType(String mediaType) {
            for (FileType type : values()) {
                if (type.mediaType.equals(mediaType)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("Unknown media type " + mediaType);
        }
    }

    /** The longest name a stored file keeps. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Pages, vector images and scripts a browser would run if the file were opened from the disk: never stored. */
    private static final Set<String> ACTIVE_CONTENT = Set.of("html", "htm", "xhtml", "xht", "shtml", "svg", "svgz", "js", "mjs", "xml", "hta");

    /** Control characters (C0, DEL, C1) and the bidirectional and zero-width marks. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\u061C\\uFEFF]");

    /** Office documents and images: what meeting minutes, evidence of actions and library documents may be. */
    public static final Set<FileType> DOCUMENTS = Set.of(FileType.values());

    /** Thrown with a French message when a file is refused. */
    public static final class RejectedFile extends RuntimeException {
        public RejectedFile(String message) {
            super(message);
        }
    }

    public String contentType() {
        return type.mediaType();
    }

    public long size() {
        return content.length;
    }

    /** Size for people: "850 ko", "2,4 Mo". */
    public static String displaySize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " ko";
        }
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " Mo";
        }
        return String.format(Locale.FRENCH, "%.1f Mo", bytes / 1048576.0);
    }

    /**
     * Checks a file: present, at most {@code maxBytes}, and of one of the {@code allowed} types.
     *
     * @throws RejectedFile with a French message saying what is wrong and what is accepted
     */
    public static UploadedFile check(String originalName, byte[] content, long maxBytes, Set<FileType> allowed) {
        String name = cleanName(originalName);
        if (name != null && name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new RejectedFile("Le nom du fichier compte " + name.codePointCount(0, name.length()) + " caractères : "
                    + MAX_NAME_LENGTH + " au plus. Renommez le fichier puis envoyez-le à nouveau.");
        }
        if (name != null && ACTIVE_CONTENT.contains(extension(name))) {
            throw new RejectedFile("Le fichier « " + name + " » est une page web, une image SVG ou un script (." + extension(name)
                    + ") : ces fichiers ne sont pas acceptés. Envoyez-le en PDF.");
        }
        if (content == null || content.length == 0) {
            throw new RejectedFile(name == null ? "Joignez un fichier." : "Le fichier « " + name + " » est vide.");
        }
        if (content.length > maxBytes) {
            throw new RejectedFile("Le fichier « " + name + " » pèse " + displaySize(content.length) + " : "
                    + displaySize(maxBytes) + " au plus.");
        }
        FileType type = sniff(name, content);
        if ((type == null || !allowed.contains(type)) && allowed.size() == 1) {
            throw new RejectedFile("Le fichier « " + name + " » n'est pas un " + allowed.iterator().next().label() + ".");
        }
        if (type == null || !allowed.contains(type)) {
            throw new RejectedFile("Le fichier « " + name + " » n'est pas d'un type accepté. Types acceptés : "
                    + allowed.stream().sorted().map(FileType::label).collect(Collectors.joining(", ")) + ".");
        }
        return new UploadedFile(name == null ? "fichier." + type.extensions.iterator().next() : name, type, content);
    }

    private static String extension(String name) {
        return name == null || name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static FileType sniff(String name, byte[] content) {
        String extension = extension(name);
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return FileType.PDF;
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G')) {
            return FileType.PNG;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return FileType.JPEG;
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            // Office Open XML and OpenDocument files are zip archives: the name tells which one.
            for (FileType type : Set.of(FileType.DOCX, FileType.XLSX, FileType.PPTX, FileType.ODT, FileType.ODS, FileType.ODP)) {
                if (type.extensions.contains(extension)) {
                    return type;
                }
            }
            return null;
        }
        if (isText(content)) {
            return extension.equals("csv") ? FileType.CSV : FileType.TEXT;
        }
        return null;
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name without its folders, without the characters that would change how it reads (control characters, and
     * the bidirectional marks that can show {@code exe.pdf} for {@code fdp.exe}), with the characters file systems refuse
     * replaced by {@code _}; null when nothing is left.
     */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String clean = INVISIBLE.matcher(name).replaceAll("").strip().replaceAll("^.*[\\\\/]", "")
                .replaceAll("[:*?\"<>|]", "_").strip();
        return clean.isEmpty() || clean.chars().allMatch(c -> c == '.') ? null : clean;
    }
}
