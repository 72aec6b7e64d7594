package fr.passerelle.governance.documents;

import fr.passerelle.platform.UploadedFile.FileType;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of document people filter the library by, each a group of accepted file types. */
public enum DocumentKind {
    PDF("PDF", Set.of(FileType.PDF)),
    IMAGE("Images", Set.of(FileType.PNG, FileType.JPEG)),
    TEXT("Textes (Word, OpenDocument, texte brut)", Set.of(FileType.DOCX, FileType.ODT, FileType.TEXT)),
    SPREADSHEET("Tableurs (Excel, OpenDocument, CSV)", Set.of(FileType.XLSX, FileType.ODS, FileType.CSV)),
    PRESENTATION("Présentations (PowerPoint, OpenDocument)", Set.of(FileType.PPTX, FileType.ODP));

    private static final Map<String, DocumentKind> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final String label;
    private final Set<FileType> types;

    DocumentKind(String label, Set<FileType> types) {
        this.label = label;
        this.types = types;
    }

    public String label() {
        return label;
    }

    /** The kind a filter of the library's address names; null (no filter) when it names none. */
    public static DocumentKind filter(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    public Set<FileType> types() {
        return types;
    }
}
