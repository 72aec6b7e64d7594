package fr.passerelle.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What to tell whom: the accounts to notify (ids of {@code fr.passerelle.identity} accounts), the kind of notice,
 * a French subject and text, and optionally the page of the platform it is about.
 *
 * @param recipients account ids, at least one
 * @param category   the kind of notice, e.g. {@code new Category("DOSSIER_DEPOSE", "Dossier déposé")}
 * @param subject    a French subject, also the subject of the e-mail
 * @param body       a French plain text
 * @param link       a path inside the platform ({@code /gestion/…}), or null; never another site
 */
public record Notice(Set<UUID> recipients, Category category, String subject, String body, String link) {

    /**
     * The kind of a notice.
     *
     * @param code  a short upper-case code, e.g. {@code DOSSIER_DEPOSE}
     * @param label its French label, e.g. {@code Dossier déposé}
     */
    public record Category(String code, String label) {
        public Category {
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,59}")) {
                throw new IllegalArgumentException("A category code is upper case, digits and _ (60 at most): " + code);
            }
            if (label == null || label.isBlank() || label.length() > 150) {
                throw new IllegalArgumentException("A category needs a French label (150 characters at most)");
            }
            label = label.strip();
        }
    }

    public Notice {
        Objects.requireNonNull(recipients, "recipients");
        recipients = Set.copyOf(new LinkedHashSet<>(recipients));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("A notice needs at least one recipient");
        }
        Objects.requireNonNull(category, "category");
        if (subject == null || subject.isBlank() || subject.length() > 300) {
            throw new IllegalArgumentException("A notice needs a subject (300 characters at most)");
        }
        subject = subject.strip();
        body = body == null ? "" : body.strip();
        if (link != null && link.isBlank()) {
            link = null;
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\") || link.length() > 1000)) {
            throw new IllegalArgumentException("A notice links to a path inside the platform, starting with a single /: " + link);
        }
    }

    /** A notice to several accounts. */
    public static Notice to(Collection<UUID> recipients, Category category, String subject, String body, String link) {
        return new Notice(new LinkedHashSet<>(recipients), category, subject, body, link);
    }

    /** A notice to one account. */
    public static Notice to(UUID recipient, Category category, String subject, String body, String link) {
        return new Notice(Set.of(recipient), category, subject, body, link);
    }
}
