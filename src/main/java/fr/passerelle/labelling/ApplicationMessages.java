package fr.passerelle.labelling;

import fr.passerelle.platform.Times;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.directory.StoredFile;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.UploadedFile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The message thread of a dossier between its promoters and its reviewers. Whoever may read the dossier reads the
 * thread and writes in it, on their side: promoters (academic referent, regional coordination, campus director) on one
 * side, the national administration and the active experts on the other; the platform writes the reminders it sends.
 */
@Service
class ApplicationMessages {

    static final int MAX_MESSAGE_LENGTH = 10_000;

    /** Which side of the thread a message comes from. */
    enum Side {
        PROMOTERS("Porteurs du projet"),
        REVIEWERS("Évaluateurs"),
        SYSTEM("Message automatique");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Message(UUID id, Side side, String authorName, String body, Instant postedAt, String fileName, Long fileSize) {
        public String when() {
            return Times.current().format(postedAt, ApplicationFollowUp.WHEN);
        }

        public boolean hasFile() {
            return fileName != null;
        }

        public String displaySize() {
            return fileSize == null ? "" : UploadedFile.displaySize(fileSize);
        }

        public String html() {
            return fr.passerelle.platform.RichText.html(body);
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationQueries applications;
    private final PromoterAccounts promoterAccounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationMessages(JdbcClient jdbc, ApplicationQueries applications, PromoterAccounts promoterAccounts, AuditTrail audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.promoterAccounts = promoterAccounts;
        this.jdbc = jdbc;
        this.applications = applications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    static Side sideOf(Actor actor, ApplicationView dossier) {
        // The Conseil régional and the DREETS write on the territory's side, with the promoters, never as reviewers.
        return ApplicationPermissions.isPromoter(actor, dossier) || ApplicationPermissions.followsFromTheRegion(actor, dossier)
                ? Side.PROMOTERS : Side.REVIEWERS;
    }

    @Transactional(readOnly = true)
    List<Message> thread(UUID id) {
        return jdbc.sql("""
                        select id, side, author_name, body, posted_at, file_name, file_size
                          from dossier_message where application_id = ? order by posted_at, id""")
                .param(id)
                .query((rs, n) -> new Message(rs.getObject(1, UUID.class), Side.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), (Long) rs.getObject(7)))
                .list();
    }

    /** The last message of each of these dossiers. */
    @Transactional(readOnly = true)
    Map<UUID, Message> lastOf(Collection<UUID> ids) {
        Map<UUID, Message> last = new HashMap<>();
        if (ids.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select distinct on (application_id) application_id, id, side, author_name, body, posted_at, file_name, file_size
                          from dossier_message where application_id in (:ids) order by application_id, posted_at desc, id""")
                .param("ids", ids)
                .query((rs, n) -> last.put(rs.getObject(1, UUID.class), new Message(rs.getObject(2, UUID.class), Side.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), (Long) rs.getObject(8))))
                .list();
        return last;
    }

    /** Posts a message, with an optional attachment, on the actor's side of the thread. */
    @Transactional
    Message post(Actor actor, UUID id, String body, String fileName, byte[] file) {
        ApplicationView dossier = applications.readable(actor, id);
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw new BusinessRuleException("body", "Écrivez votre message.");
        }
        if (clean.length() > MAX_MESSAGE_LENGTH) {
            throw new BusinessRuleException("body", "Le message fait " + clean.length() + " caractères : " + MAX_MESSAGE_LENGTH + " au plus.");
        }
        UploadedFile upload = null;
        if (file != null && file.length > 0) {
            try {
                upload = UploadedFile.check(fileName, file, ApplicationDrafts.MAX_ATTACHMENT_SIZE, UploadedFile.DOCUMENTS);
            } catch (UploadedFile.RejectedFile e) {
                throw new BusinessRuleException("fichier", e.getMessage());
            }
        }
        Side side = sideOf(actor, dossier);
        UUID messageId = insert(id, side, actor, clean, upload);
        audit.record(Applications.AUDITED, id, "MESSAGE", "Message de " + actor.displayName(), List.of(new AuditTrail.Change("Message ("
                + side.label().toLowerCase(java.util.Locale.FRENCH) + ")", null, abbreviate(clean) + (upload == null ? "" : " — pièce : " + upload.name()))));
        return thread(id).stream().filter(m -> m.id().equals(messageId)).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<StoredFile> file(UUID id, UUID messageId) {
        return jdbc.sql("select file_name, content_type, file_data from dossier_message where id = ? and application_id = ? and file_data is not null")
                .params(messageId, id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /**
     * Reminds the regional coordination that a dossier waits for its CAEN or Crefop opinion: a message in the thread,
     * an audit entry and an {@link OpinionRequested} event for the notifications.
     */
    @Transactional
    void requestOpinion(Actor actor, UUID id) {
        if (!ApplicationPermissions.runsTheChain(actor)) {
            throw new AccessDeniedException("Les relances reviennent à l’administration nationale.");
        }
        ApplicationView dossier = applications.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (dossier.status() != ApplicationStatus.SUBMITTED) {
            throw new BusinessRuleException(null, "Le dossier n’attend pas d’avis régional : il est à l’étape « " + dossier.status().label() + " ».");
        }
        List<String> given = applications.opinions(id).stream().map(o -> o.body().label()).toList();
        List<String> awaited = java.util.Arrays.stream(OpinionBody.values()).filter(OpinionBody::regional).map(OpinionBody::label)
                .filter(label -> !given.contains(label)).toList();
        List<String> coordinators = promoterAccounts.coPilots(dossier.regionCode()).stream().map(Actor::displayName).toList();
        String body = "Relance de l’administration nationale : le dossier attend l’avis " + String.join(" et l’avis ", awaited)
                + ". Merci aux co-pilotes de la région (" + dossier.regionName() + ") de les saisir dès qu’ils sont rendus : la coordination "
                + "de région académique celui du CAEN, le Conseil régional celui du Crefop."
                + (coordinators.isEmpty() ? " Aucun compte de co-pilote n’est ouvert pour cette région."
                : " Destinataires : " + String.join(", ", coordinators) + ".");
        insert(id, Side.SYSTEM, actor, body, null);
        audit.record(Applications.AUDITED, id, "AVIS_DEMANDE", "Avis régionaux demandés", List.of(new AuditTrail.Change("Relance",
                null, "Avis " + String.join(" et ", awaited) + " demandés aux co-pilotes de la région par " + actor.displayName())));
        events.publishEvent(new OpinionRequested(id));
    }

    private UUID insert(UUID id, Side side, Actor actor, String body, UploadedFile upload) {
        UUID messageId = UUID.randomUUID();
        jdbc.sql("""
                        insert into dossier_message (id, application_id, side, author_id, author_name, body, posted_at, file_name, content_type, file_size, file_data)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(messageId, id, side.name(), actor.accountId(), actor.displayName(), body, Timestamp.from(Instant.now(clock)),
                        upload == null ? null : upload.name(), upload == null ? null : upload.contentType(), upload == null ? null : upload.size(),
                        upload == null ? null : upload.content())
                .update();
        return messageId;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 297) + "…" : text;
    }
}
