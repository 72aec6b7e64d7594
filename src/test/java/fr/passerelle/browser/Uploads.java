package fr.passerelle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files on disk for the browser to upload: the file chooser takes a path, not bytes. */
final class Uploads {

    private Uploads() {
    }

    /** A minimal PDF. */
    static Path pdf(String name) {
        return pdf(name, null);
    }

    /** A minimal PDF carrying the text, so that two versions of a document differ. */
    static Path pdf(String name, String text) {
        String body = "%PDF-1.4\n" + (text == null ? "" : text + "\n") + "%%EOF\n";
        return write(name, ".pdf", body.getBytes(StandardCharsets.US_ASCII));
    }

    static Path zip(String name, byte[] content) {
        return write(name, ".zip", content);
    }

    static Path csv(String name, String content) {
        return write(name, ".csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static Path write(String name, String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile(name, suffix);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
