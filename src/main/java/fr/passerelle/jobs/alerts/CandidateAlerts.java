package fr.passerelle.jobs.alerts;

import fr.passerelle.identity.Actor;
import fr.passerelle.jobs.CandidateAlertConsents;
import fr.passerelle.jobs.JobOfferSearches;
import fr.passerelle.jobs.JobOfferSearches.JobOfferSearch;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Times;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A candidate's alerts: saving the board's current search under a name (with their consent to alerts, {@link #MAX_PER_CANDIDATE}
 * at most), renaming, pausing, resuming and deleting them, and the one-click unsubscribe of their e-mails. Each act
 * takes the {@link Actor} and works on the actor's own alerts only ({@link AlertPermissions}); each change is audited
 * with identifiers only (never the alert's name nor its search, which may say where the candidate lives).
 */
@Service
class CandidateAlerts {

    static final String AUDITED = "candidate_alert";
    static final int MAX_PER_CANDIDATE = 10;
    static final String NO_CONSENT = "Pour recevoir des alertes par e-mail, donnez d’abord votre consentement « Alertes » "
            + "dans votre espace (rubrique « À quoi servent mes données »).";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, candidate_id, name, search, active, covered_through, last_sent_at, unsubscribe_token, created_at, version";

    private final JdbcClient jdbc;
    private final CandidateAlertConsents consents;
    private final JobOfferSearches searches;
    private final AuditTrail audit;
    private final Clock clock;

    CandidateAlerts(JdbcClient jdbc, CandidateAlertConsents consents, JobOfferSearches searches, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.searches = searches;
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's alerts, oldest first, and whether they consent to alerts now. */
    record MyAlerts(List<Alert> alerts, boolean consent) {
    }

    @Transactional
    MyAlerts mine(Actor actor) {
        UUID candidate = candidate(actor);
        List<Alert> alerts = jdbc.sql("select " + COLUMNS + " from candidate_alert where candidate_id = ? order by created_at, id")
                .param(candidate).query(this::alert).list();
        return new MyAlerts(alerts, consents.consentsToAlerts(candidate));
    }

    /** The actor's alert; another candidate's or an unknown one is not found. */
    @Transactional
    Alert mine(Actor actor, UUID id) {
        UUID candidate = candidate(actor);
        return find(id).filter(a -> AlertPermissions.owns(candidate, a.candidateId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Whether the actor consents to alerts now. */
    @Transactional
    boolean consents(Actor actor) {
        return consents.consentsToAlerts(candidate(actor));
    }

    /** Saves the search (a board query string, checked again) under a name; refused without the consent or past the maximum. */
    @Transactional
    UUID save(Actor actor, String name, String search) {
        UUID candidate = candidate(actor);
        if (!consents.consentsToAlerts(candidate)) {
            throw new BusinessRuleException(NO_CONSENT);
        }
        Integer count = jdbc.sql("select count(*) from candidate_alert where candidate_id = ?").param(candidate).query(Integer.class).single();
        if (count >= MAX_PER_CANDIDATE) {
            throw new BusinessRuleException("Vous avez déjà " + MAX_PER_CANDIDATE + " alertes, le maximum : supprimez-en une avant d’en "
                    + "enregistrer une autre.");
        }
        JobOfferSearch checked = searches.search(search == null ? "" : search);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into candidate_alert (id, candidate_id, name, search, active, covered_through, unsubscribe_token, created_at) "
                        + "values (?, ?, ?, ?, true, ?, ?, ?)")
                .params(id, candidate, name.strip(), checked.queryString(), today().minusDays(1), newToken(), Timestamp.from(clock.instant()))
                .update();
        audit.record(AUDITED, id, "ALERTE_CREEE", "Alerte enregistrée", List.of());
        return id;
    }

    @Transactional
    void rename(Actor actor, UUID id, String name, long version) {
        Alert alert = mine(actor, id);
        update(alert, version, "name = ?", name.strip());
        audit.record(AUDITED, id, "ALERTE_RENOMMEE", "Alerte renommée", List.of(new AuditTrail.Change("Nom", null, "modifié")));
    }

    /** Pauses ({@code active} false) or resumes the alert; resumed, it sends only the offers published from then on. */
    @Transactional
    void activate(Actor actor, UUID id, boolean active, long version) {
        Alert alert = mine(actor, id);
        if (alert.active() == active) {
            throw new BusinessRuleException(active ? "Cette alerte est déjà active." : "Cette alerte est déjà en pause.");
        }
        if (active) {
            update(alert, version, "active = true, covered_through = greatest(covered_through, ?)", today().minusDays(1));
        } else {
            update(alert, version, "active = false", null);
        }
        audit.record(AUDITED, id, active ? "ALERTE_REPRISE" : "ALERTE_SUSPENDUE", active ? "Alerte reprise" : "Alerte mise en pause",
                List.of(new AuditTrail.Change("État", active ? "en pause" : "active", active ? "active" : "en pause")));
    }

    @Transactional
    void delete(Actor actor, UUID id) {
        Alert alert = mine(actor, id);
        jdbc.sql("delete from candidate_alert where id = ?").param(alert.id()).update();
        audit.record(AUDITED, id, "ALERTE_SUPPRIMEE", "Alerte supprimée", List.of());
    }

    /** The alert an unsubscribe link names, if it still exists. */
    @Transactional(readOnly = true)
    Optional<Alert> byToken(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from candidate_alert where unsubscribe_token = ?").param(token).query(this::alert).optional();
    }

    /** Deletes the alert of an unsubscribe link; false when the link no longer names one (already used). */
    @Transactional
    boolean unsubscribe(String token) {
        Optional<Alert> alert = byToken(token);
        alert.ifPresent(a -> {
            jdbc.sql("delete from candidate_alert where id = ?").param(a.id()).update();
            audit.recordBy("desabonnement", AUDITED, a.id(), "ALERTE_DESABONNEMENT", "Alerte supprimée depuis le lien de désabonnement de son e-mail",
                    List.of());
        });
        return alert.isPresent();
    }

    Optional<Alert> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from candidate_alert where id = ?").param(id).query(this::alert).optional();
    }

    private void update(Alert alert, long version, String set, Object value) {
        var sql = jdbc.sql("update candidate_alert set " + set + ", version = version + 1 where id = ? and version = ?");
        int changed = value == null ? sql.params(alert.id(), version).update() : sql.params(value, alert.id(), version).update();
        if (changed == 0) {
            throw new BusinessRuleException("Cette alerte a été modifiée entre-temps (dans un autre onglet ?) : rechargez la page.");
        }
    }

    private UUID candidate(Actor actor) {
        AlertPermissions.requireCandidate(actor);
        return consents.candidateOf(actor);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private Alert alert(ResultSet rs, int row) throws SQLException {
        String search = rs.getString("search");
        Timestamp sent = rs.getTimestamp("last_sent_at");
        return new Alert(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class), rs.getString("name"), search,
                searches.search(search).description(), rs.getBoolean("active"), rs.getObject("covered_through", LocalDate.class),
                sent == null ? null : sent.toInstant(), rs.getString("unsubscribe_token"), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }
}
