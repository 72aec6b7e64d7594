package fr.passerelle.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
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

    private static FileType sniff(String name, byte[] content) {
        String extension = name == null || name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
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

    private static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.strip().replaceAll("^.*[\\\\/]", "").replaceAll("[\\\\/:*?\"<>|\\r\\n\\t]", "_");
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }
}
