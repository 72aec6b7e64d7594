package fr.passerelle.campus;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** The file a campus form sent, if any: its name and its bytes, each null when no file was sent. */
final class SentFiles {

    private SentFiles() {
    }

    static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    static byte[] content(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
