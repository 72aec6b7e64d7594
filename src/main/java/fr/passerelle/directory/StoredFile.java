package fr.passerelle.directory;

/** A file kept in PostgreSQL: its name as uploaded, its type and its bytes. */
public record StoredFile(String name, String contentType, byte[] content) {

    /** Agreements are signed documents: PDF only. */
    static final long MAX_SIZE = 10L * 1024 * 1024;

    /** Checks a PDF upload: type by its first bytes (not by its name), size, name. */
    static StoredFile pdf(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DirectoryException("fichier", "Joignez le fichier de la convention signée (PDF).");
        }
        if (content.length > MAX_SIZE) {
            throw new DirectoryException("fichier", "Le fichier pèse " + (content.length / 1048576) + " Mo : 10 Mo au plus.");
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new DirectoryException("fichier", "Le fichier « " + name + " » n'est pas un PDF : enregistrez la convention au format PDF.");
        }
        String cleanName = name == null || name.isBlank() ? "convention.pdf" : name.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        if (cleanName.length() > 200) {
            cleanName = cleanName.substring(cleanName.length() - 200);
        }
        return new StoredFile(cleanName, "application/pdf", content);
    }
}
