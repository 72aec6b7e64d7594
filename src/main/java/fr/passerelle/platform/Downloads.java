package fr.passerelle.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files sent back to people: stored uploads, exports, generated PDFs. */
public final class Downloads {

    private Downloads() {
    }

    /** The bytes as an attachment, named in UTF-8 (RFC 5987), of the type checked on upload, never sniffed by the browser. */
    public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
