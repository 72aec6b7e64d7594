package fr.passerelle.governance.documents;

import fr.passerelle.platform.UploadedFile.FileType;
import java.util.Set;

/** The kinds of document people filter the library by, each a group of accepted file types. */
enum DocumentKind {
    PDF("PDF", Set.of(FileType.PDF)),
    IMAGE("Images", Set.of(FileType.PNG, FileType.JPEG)),
    TEXT("Textes (Word, OpenDocument, texte brut)", Set.of(FileType.DOCX, FileType.ODT, FileType.TEXT)),
    SPREADSHEET("Tableurs (Excel, OpenDocument, CSV)", Set.of(FileType.XLSX, FileType.ODS, FileType.CSV)),
    PRESENTATION("Présentations (PowerPoint, OpenDocument)", Set.of(FileType.PPTX, FileType.ODP));

    private final String label;
    private final Set<FileType> types;

    DocumentKind(String label, Set<FileType> types) {
        this.label = label;
        this.types = types;
    }

    public String label() {
        return label;
    }

    Set<FileType> types() {
        return types;
    }
}
