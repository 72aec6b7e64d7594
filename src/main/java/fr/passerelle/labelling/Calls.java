package fr.passerelle.labelling;

import org.springframework.security.access.AccessDeniedException;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for projects, written by the national administrator: dates, expectations, the categories open, guidance for
 * each criterion and the documents a dossier carries. Published calls are public and accept dossiers while open.
 */
@Service
public class Calls {

    static final String AUDITED = "call";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Calls(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the administrator types for a call. */
    public record CallDetails(Integer year, String title, LocalDate opensOn, LocalDate closesOn, String expectations, boolean standardOpen,
                       boolean excellenceOpen) {

        void check() {
            if (year == null || year < 2013 || year > 2100) {
                throw new BusinessRuleException("year", "Indiquez l'année de l'appel (par exemple 2027).");
            }
            if (title == null || title.isBlank()) {
                throw new BusinessRuleException("title", "Le titre de l'appel est obligatoire.");
            }
            if (Text.longerThan(title, 255)) {
                throw new BusinessRuleException("title", Text.tooLong("Le titre", title, 255));
            }
            if (opensOn == null) {
                throw new BusinessRuleException("opensOn", "Indiquez la date d'ouverture.");
            }
            if (closesOn == null) {
                throw new BusinessRuleException("closesOn", "Indiquez la date de clôture.");
            }
            if (closesOn.isBefore(opensOn)) {
                throw new BusinessRuleException("closesOn", "La clôture précède l'ouverture.");
            }
            if (!standardOpen && !excellenceOpen) {
                throw new BusinessRuleException("standardOpen", "Ouvrez l'appel à au moins une catégorie (standard ou Excellence).");
            }
        }
    }

    @Transactional(readOnly = true)
    public List<CallView> all() {
        return jdbc.sql("select id from call_for_projects order by year desc, opens_on desc").query(UUID.class).list().stream()
                .map(id -> byId(id).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public List<CallView> published() {
        return all().stream().filter(CallView::published).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CallView> byId(UUID id) {
        return jdbc.sql("""
                        select id, year, title, opens_on, closes_on, expectations, standard_open, excellence_open, published_at, version
                          from call_for_projects where id = ?""")
                .param(id)
                .query((rs, n) -> new CallView(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), rs.getLong(10), documents(id), guidance(id)))
                .optional();
    }

    @Transactional
    public CallView create(Actor actor, CallDetails details) {
        requireAuthor(actor);
        details.check();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into call_for_projects (id, year, title, opens_on, closes_on, expectations, standard_open, excellence_open, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, details.year(), details.title().strip(), details.opensOn(), details.closesOn(), Text.trimToNull(details.expectations()),
                        details.standardOpen(), details.excellenceOpen(), Timestamp.from(Instant.now(clock))).update();
        audit.record(AUDITED, id, "APPEL_CREE", "Appel à projets créé : " + details.title().strip(),
                List.of(new AuditTrail.Change("Appel", null, details.title().strip() + " (" + details.year() + ")")));
        return byId(id).orElseThrow();
    }

    @Transactional
    CallView update(Actor actor, UUID id, long expectedVersion, CallDetails details) {
        requireAuthor(actor);
        details.check();
        CallView before = require(id);
        int updated = jdbc.sql("""
                        update call_for_projects set year = ?, title = ?, opens_on = ?, closes_on = ?, expectations = ?, standard_open = ?,
                               excellence_open = ?, version = version + 1
                         where id = ? and version = ?""")
                .params(details.year(), details.title().strip(), details.opensOn(), details.closesOn(), Text.trimToNull(details.expectations()),
                        details.standardOpen(), details.excellenceOpen(), id, expectedVersion).update();
        if (updated == 0) {
            throw new BusinessRuleException(null, "Cet appel a été modifié par quelqu'un d'autre pendant votre saisie : "
                    + "rechargez la page, vos modifications n'ont pas été enregistrées.");
        }
        var diff = new AuditTrail.Diff().field("Année", before.year(), details.year()).field("Titre", before.title(), details.title().strip())
                .field("Ouverture", before.opensOn(), details.opensOn()).field("Clôture", before.closesOn(), details.closesOn())
                .field("Attentes", before.expectations(), Text.trimToNull(details.expectations()))
                .field("Catégorie standard", before.standardOpen(), details.standardOpen())
                .field("Catégorie Excellence", before.excellenceOpen(), details.excellenceOpen());
        if (!diff.isEmpty()) {
            audit.record(AUDITED, id, "APPEL_MODIFIE", "Appel à projets modifié : " + details.title().strip(), diff.changes());
        }
        return byId(id).orElseThrow();
    }

    @Transactional
    public void publish(Actor actor, UUID id) {
        requireAuthor(actor);
        CallView call = require(id);
        if (call.published()) {
            throw new BusinessRuleException(null, "Cet appel est déjà publié.");
        }
        jdbc.sql("update call_for_projects set published_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(Instant.now(clock)), id).update();
        audit.record(AUDITED, id, "APPEL_PUBLIE", "Appel à projets publié : " + call.title(), List.of(new AuditTrail.Change("Publication", null, call.period())));
    }

    @Transactional
    public void addDocument(Actor actor, UUID id, String label, String description, boolean mandatory) {
        requireAuthor(actor);
        CallView call = require(id);
        if (label == null || label.isBlank()) {
            throw new BusinessRuleException("label", "Le nom de la pièce est obligatoire.");
        }
        if (Text.longerThan(label, 255)) {
            throw new BusinessRuleException("label", Text.tooLong("Le nom de la pièce", label, 255));
        }
        if (Text.longerThan(description, 1000)) {
            throw new BusinessRuleException("description", Text.tooLong("La description de la pièce", description, 1000));
        }
        jdbc.sql("insert into call_required_document (id, call_id, position, label, description, mandatory) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, call.documents().size() + 1, label.strip(), Text.trimToNull(description), mandatory).update();
        audit.record(AUDITED, id, "APPEL_PIECE", "Pièce demandée : " + label.strip(),
                List.of(new AuditTrail.Change("Pièce " + (mandatory ? "obligatoire" : "facultative"), null, label.strip())));
    }

    @Transactional
    void removeDocument(Actor actor, UUID id, UUID documentId) {
        requireAuthor(actor);
        String label = jdbc.sql("delete from call_required_document where id = ? and call_id = ? returning label").params(documentId, id)
                .query(String.class).optional().orElseThrow(() -> new BusinessRuleException(null, "Cette pièce n'est plus demandée."));
        audit.record(AUDITED, id, "APPEL_PIECE_RETIREE", "Pièce retirée : " + label, List.of(new AuditTrail.Change("Pièce", label, null)));
    }

    @Transactional
    public void setGuidance(Actor actor, UUID id, Criterion criterion, String guidance) {
        requireAuthor(actor);
        CallView call = require(id);
        String before = call.guidanceOf(criterion);
        String after = Text.trimToNull(guidance);
        jdbc.sql("""
                        insert into call_criterion (call_id, criterion, guidance) values (?, ?, ?)
                        on conflict (call_id, criterion) do update set guidance = excluded.guidance""")
                .params(id, criterion.name(), after).update();
        var diff = new AuditTrail.Diff().field(criterion.number(), before, after);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, id, "APPEL_CRITERE", "Attentes précisées : " + criterion.number(), diff.changes());
        }
    }

    /** The actor, if they write calls for projects: the national administration only. */
    Actor requireAuthor(Actor actor) {
        if (!actor.isNationalAdmin()) {
            throw new AccessDeniedException("Les appels à projets sont rédigés par l'administration nationale.");
        }
        return actor;
    }

    CallView require(UUID id) {
        return byId(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<CallView.RequiredDocument> documents(UUID callId) {
        return jdbc.sql("select id, position, label, description, mandatory from call_required_document where call_id = ? order by position, label")
                .param(callId)
                .query((rs, n) -> new CallView.RequiredDocument(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    private Map<Criterion, String> guidance(UUID callId) {
        Map<Criterion, String> guidance = new EnumMap<>(Criterion.class);
        jdbc.sql("select criterion, guidance from call_criterion where call_id = ? and guidance is not null").param(callId)
                .query((rs, n) -> guidance.put(Criterion.valueOf(rs.getString(1)), rs.getString(2))).list();
        return guidance;
    }

}
