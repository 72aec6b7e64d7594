package fr.passerelle;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the e-mails GreenMail received: their text and the files they carry, whatever their MIME structure. */
public final class TestMails {

    /** A file an e-mail carries: its name, content type and text. */
    public record File(String name, String contentType, String text) {
    }

    private TestMails() {
    }

    /** The plain text of the e-mail (its first text/plain part). */
    public static String text(MimeMessage mail) throws Exception {
        return texts(mail).get(0);
    }

    /** The files attached to the e-mail. */
    public static List<File> attachments(MimeMessage mail) throws Exception {
        List<File> files = new ArrayList<>();
        walk(mail, new ArrayList<>(), files);
        return files;
    }

    private static List<String> texts(MimeMessage mail) throws Exception {
        List<String> texts = new ArrayList<>();
        walk(mail, texts, new ArrayList<>());
        return texts;
    }

    private static void walk(Part part, List<String> texts, List<File> files) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, texts, files);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            files.add(new File(part.getFileName(), part.getContentType(), read(part)));
        } else if (part.isMimeType("text/plain")) {
            texts.add((String) part.getContent());
        }
    }

    private static String read(Part part) throws IOException, jakarta.mail.MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
