package fr.passerelle.labelling;

import fr.passerelle.platform.Times;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' side of a dossier: tags shared among its reviewers and their private annotations.
 *
 * <p>Reviewers, here, are the national administration and the experts assigned to the dossier who did not decline it.
 * The regional coordination is left out on purpose: {@link ApplicationPermissions#isPromoter} makes it a promoter of every
 * dossier of its région (it co-writes them), so showing it the reviewers' notes would show them to the promoters.
 * Promoters (academic referent, regional coordination, campus director) never see tags nor annotations; the audit
 * trail records that a tag or a note changed, never its words, because the dossier's history may be shown to them.
 */
@Service
class ApplicationFollowUp {

    static final int MAX_TAG_LENGTH = 40;
    static final int MAX_ANNOTATION_LENGTH = 5_000;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final JdbcClient jdbc;
    private final ApplicationQueries applications;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationFollowUp(JdbcClient jdbc, ApplicationQueries applications, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    record Annotation(UUID id, UUID authorId, String authorName, String body, Instant writtenAt) {
        public String when() {
            return Times.current().format(writtenAt, WHEN);
        }
    }

    /** Whether the actor reviews the dossier: the national administration, or one of its active experts. */
    boolean isReviewer(Actor actor, UUID id) {
        return actor.isNationalAdmin() || applications.isActiveExpert(actor, id);
    }

    /** Whether the actor may see tags at all (on the board): the national administration and experts. */
    static boolean seesTags(Actor actor) {
        return actor.isNationalAdmin() || actor.role() == fr.passerelle.identity.Role.EXPERT;
    }

    /** The dossier if the actor reviews it: 404 for those who may not read it, 403 for its promoters. */
    @Transactional(readOnly = true)
    ApplicationView reviewable(Actor actor, UUID id) {
        ApplicationView dossier = applications.readable(actor, id);
        if (!isReviewer(actor, id)) {
            throw new AccessDeniedException("Le suivi d’un dossier est réservé à ses évaluateurs.");
        }
        return dossier;
    }

    // --- tags ------------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<String> tags(UUID id) {
        return jdbc.sql("select tag from dossier_tag where application_id = ? order by lower(tag)").param(id).query(String.class).list();
    }

    /** The tags of these dossiers, by dossier. */
    @Transactional(readOnly = true)
    Map<UUID, List<String>> tagsOf(Collection<UUID> ids) {
        Map<UUID, List<String>> tags = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        jdbc.sql("select application_id, tag from dossier_tag where application_id in (:ids) order by lower(tag)").param("ids", ids)
                .query((rs, n) -> tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2))).list();
        return tags;
    }

    @Transactional
    String addTag(Actor actor, UUID id, String tag) {
        reviewable(actor, id);
        String clean = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new BusinessRuleException("tag", "Écrivez l’étiquette (par exemple « à relancer »).");
        }
        if (clean.length() > MAX_TAG_LENGTH) {
            throw new BusinessRuleException("tag", "Une étiquette fait " + MAX_TAG_LENGTH + " caractères au plus.");
        }
        boolean present = tags(id).stream().anyMatch(t -> t.equalsIgnoreCase(clean));
        if (present) {
            throw new BusinessRuleException("tag", "Le dossier porte déjà l’étiquette « " + clean + " ».");
        }
        jdbc.sql("insert into dossier_tag (application_id, tag, added_by, added_at) values (?, ?, ?, ?)")
                .params(id, clean, actor.displayName(), Timestamp.from(Instant.now(clock))).update();
        audit.record(Applications.AUDITED, id, "ETIQUETTE_AJOUTEE", "Étiquette des évaluateurs ajoutée",
                List.of(new AuditTrail.Change("Étiquettes des évaluateurs", null, "une étiquette ajoutée par " + actor.displayName())));
        return clean;
    }

    @Transactional
    void removeTag(Actor actor, UUID id, String tag) {
        reviewable(actor, id);
        int removed = jdbc.sql("delete from dossier_tag where application_id = ? and tag = ?").params(id, tag).update();
        if (removed == 0) {
            throw new BusinessRuleException("tag", "Le dossier ne porte plus cette étiquette.");
        }
        audit.record(Applications.AUDITED, id, "ETIQUETTE_RETIREE", "Étiquette des évaluateurs retirée",
                List.of(new AuditTrail.Change("Étiquettes des évaluateurs", "une étiquette", "retirée par " + actor.displayName())));
    }

    // --- annotations ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<Annotation> annotations(UUID id) {
        return jdbc.sql("select id, author_id, author_name, body, written_at from dossier_annotation where application_id = ? order by written_at desc")
                .param(id)
                .query((rs, n) -> new Annotation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Transactional
    Annotation annotate(Actor actor, UUID id, String body) {
        reviewable(actor, id);
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw new BusinessRuleException("annotation", "Écrivez la note.");
        }
        if (clean.length() > MAX_ANNOTATION_LENGTH) {
            throw new BusinessRuleException("annotation", "La note fait " + clean.length() + " caractères : " + MAX_ANNOTATION_LENGTH + " au plus.");
        }
        UUID annotationId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        jdbc.sql("insert into dossier_annotation (id, application_id, author_id, author_name, body, written_at) values (?, ?, ?, ?, ?, ?)")
                .params(annotationId, id, actor.accountId(), actor.displayName(), clean, Timestamp.from(now)).update();
        audit.record(Applications.AUDITED, id, "NOTE_PRIVEE", "Note privée des évaluateurs",
                List.of(new AuditTrail.Change("Notes privées des évaluateurs", null, "une note écrite par " + actor.displayName())));
        return new Annotation(annotationId, actor.accountId(), actor.displayName(), clean, now);
    }

    /** Removes a note: its author, or the national administration. */
    @Transactional
    void removeAnnotation(Actor actor, UUID id, UUID annotationId) {
        reviewable(actor, id);
        Annotation annotation = annotations(id).stream().filter(a -> a.id().equals(annotationId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("annotation", "Cette note n’existe plus."));
        if (!annotation.authorId().equals(actor.accountId()) && !actor.isNationalAdmin()) {
            throw new AccessDeniedException("Seul l’auteur d’une note la retire.");
        }
        jdbc.sql("delete from dossier_annotation where id = ?").param(annotationId).update();
        audit.record(Applications.AUDITED, id, "NOTE_RETIREE", "Note privée des évaluateurs retirée",
                List.of(new AuditTrail.Change("Notes privées des évaluateurs", "une note de " + annotation.authorName(), "retirée par " + actor.displayName())));
    }
}
