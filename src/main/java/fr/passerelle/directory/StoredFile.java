package fr.passerelle.directory;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.UploadedFile;
import java.util.Set;

/** A file kept in PostgreSQL: its name as uploaded, its type and its bytes. */
public record StoredFile(String name, String contentType, byte[] content) {

    /** Agreements are signed documents: PDF only. */
    static final long MAX_SIZE = 10L * 1024 * 1024;

    /** Checks a PDF upload: type by its first bytes (not by its name), size, name. */
    static StoredFile pdf(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("fichier", "Joignez le fichier de la convention signée (PDF).");
        }
        try {
            UploadedFile file = UploadedFile.check(name, content, MAX_SIZE, Set.of(UploadedFile.FileType.PDF));
            return new StoredFile(file.name(), file.contentType(), file.content());
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("fichier", e.getMessage() + " Enregistrez la convention au format PDF.");
        }
    }
}
