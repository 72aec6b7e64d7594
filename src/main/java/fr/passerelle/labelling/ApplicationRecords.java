package fr.passerelle.labelling;

import fr.passerelle.platform.UploadedFile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores what hangs off a dossier, beside its aggregate: the steps of its timeline, its texts and attachments, the
 * versions submitted, opinions, experts and their reviews, navettes, the decision and the promoters' team. Only the
 * write side ({@link Applications}) calls it, once the aggregate has allowed the act.
 */
@Component
class ApplicationRecords {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ApplicationRecords(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    /** A step entered, for the timeline of the dossier and the time spent per step. */
    void step(UUID id, ApplicationStatus status, String actor, String note) {
        jdbc.sql("insert into application_step (application_id, status, entered_at, actor, note) values (?, ?, ?, ?, ?)")
                .params(id, status.name(), now(), actor, note).update();
    }

    /** The granted dossier of a campus, the last one, that a renewal follows. */
    Optional<UUID> lastGranted(UUID campusId) {
        return jdbc.sql("select id from application where campus_id = ? and status = 'GRANTED' order by submitted_at desc limit 1")
                .param(campusId).query(UUID.class).optional();
    }

    boolean hasApplication(UUID campusId, UUID callId) {
        return jdbc.sql("select count(*) from application where campus_id = ? and call_id = ?").params(campusId, callId).query(Integer.class).single() > 0;
    }

    void copySections(UUID from, UUID to, String by) {
        jdbc.sql("""
                        insert into application_section (application_id, criterion, text, revision, updated_at, updated_by)
                        select ?, criterion, text, 1, ?, ? from application_section where application_id = ? and text is not null""")
                .params(to, now(), by + " (repris du dossier précédent)", from).update();
    }

    void saveSection(UUID id, Criterion criterion, String text, int revision, String by) {
        jdbc.sql("""
                        insert into application_section (application_id, criterion, text, revision, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (application_id, criterion) do update set text = excluded.text, revision = excluded.revision,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(id, criterion.name(), text, revision, now(), by).update();
    }

    UUID attach(UUID id, UUID requiredDocumentId, UploadedFile file, String by) {
        UUID attachmentId = UUID.randomUUID();
        jdbc.sql("""
                        insert into application_attachment (id, application_id, required_document_id, file_name, content_type, file_size, file_data,
                                                            uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attachmentId, id, requiredDocumentId, file.name(), file.contentType(), file.size(), file.content(), now(), by).update();
        return attachmentId;
    }

    /** Removes an attachment; returns its file name, if it was there. */
    Optional<String> removeAttachment(UUID id, UUID attachmentId) {
        return jdbc.sql("delete from application_attachment where id = ? and application_id = ? returning file_name").params(attachmentId, id)
                .query(String.class).optional();
    }

    void version(UUID id, int number, String by, ApplicationParts.Content content) {
        jdbc.sql("insert into application_version (application_id, number, submitted_at, submitted_by, content) values (?, ?, ?, ?, ?::jsonb)")
                .params(id, number, now(), by, json.writeValueAsString(content)).update();
    }

    void answerExchange(UUID id, String answer) {
        jdbc.sql("update review_exchange set answer = ?, answered_at = ? where application_id = ? and answered_at is null")
                .params(answer.strip(), now(), id).update();
    }

    void requestChanges(UUID id, int round, String by, String request) {
        jdbc.sql("insert into review_exchange (id, application_id, round, requested_by, requested_at, request) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, round, by, now(), request.strip()).update();
    }

    void opinion(UUID id, Application.OpinionGiven opinion, UploadedFile file, String by) {
        jdbc.sql("""
                        insert into application_opinion (id, application_id, body, round, verdict, given_on, reasons, file_name, content_type, file_data,
                                                         recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, opinion.body().name(), opinion.round(), opinion.verdict().name(), opinion.givenOn(), opinion.reasons(),
                        file == null ? null : file.name(), file == null ? null : file.contentType(), file == null ? null : file.content(), by, now())
                .update();
    }

    void assign(UUID id, UUID expertId, String by) {
        jdbc.sql("insert into expert_assignment (application_id, expert_id, assigned_at, assigned_by) values (?, ?, ?, ?)")
                .params(id, expertId, now(), by).update();
    }

    void decline(UUID id, UUID expertId, String reason) {
        jdbc.sql("update expert_assignment set declined_at = ?, decline_reason = ? where application_id = ? and expert_id = ?")
                .params(now(), reason, id, expertId).update();
    }

    /**
     * Opens an expert's review of a round. From the second round on it starts from their scores and comments of the
     * round before, which they revise where the new version changed rather than score all eleven criteria again.
     */
    void openReview(UUID id, UUID expertId, int round) {
        UUID reviewId = UUID.randomUUID();
        int opened = jdbc.sql("insert into expert_review (id, application_id, expert_id, round) values (?, ?, ?, ?) on conflict do nothing")
                .params(reviewId, id, expertId, round).update();
        if (opened > 0 && round > 1) {
            jdbc.sql("""
                            insert into expert_score (review_id, criterion, score, comment)
                            select ?, s.criterion, s.score, s.comment
                              from expert_score s join expert_review r on r.id = s.review_id
                             where r.application_id = ? and r.expert_id = ?
                               and r.round = (select max(p.round) from expert_review p where p.application_id = ? and p.expert_id = ? and p.round < ?)""")
                    .params(reviewId, id, expertId, id, expertId, round).update();
        }
    }

    /** Saves an expert's scores if their review has not changed since {@code expectedVersion}; false when it has. */
    boolean score(UUID reviewId, long expectedVersion, Map<Criterion, ApplicationParts.Score> scores, boolean submit) {
        int updated = jdbc.sql("update expert_review set version = version + 1, submitted_at = ? where id = ? and version = ?")
                .params(submit ? now() : null, reviewId, expectedVersion).update();
        if (updated == 0) {
            return false;
        }
        scores.forEach((criterion, score) -> jdbc.sql("""
                        insert into expert_score (review_id, criterion, score, comment) values (?, ?, ?, ?)
                        on conflict (review_id, criterion) do update set score = excluded.score, comment = excluded.comment""")
                .params(reviewId, criterion.name(), score.score(), score.comment() == null || score.comment().isBlank() ? null : score.comment().strip())
                .update());
        return true;
    }

    void decision(UUID id, Application.Decision decision, String by) {
        jdbc.sql("""
                        insert into label_decision (application_id, outcome, category, decided_on, reference, valid_from, valid_until, reasons,
                            decided_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, decision.granted() ? "GRANTED" : "REFUSED", decision.category() == null ? null : decision.category().name(),
                        decision.decidedOn(), decision.reference(), decision.granted() ? decision.decidedOn() : null, decision.validUntil(), decision.reasons(), by, now())
                .update();
    }

    /** Adds an account to the team; false when it is already there. */
    boolean addToTeam(UUID id, UUID accountId, String by) {
        return jdbc.sql("insert into application_team (application_id, account_id, added_at, added_by) values (?, ?, ?, ?) on conflict do nothing")
                .params(id, accountId, now(), by).update() > 0;
    }

    boolean removeFromTeam(UUID id, UUID accountId) {
        return jdbc.sql("delete from application_team where application_id = ? and account_id = ?").params(id, accountId).update() > 0;
    }

    /**
     * Opens a progress report of a label granted, in draft, for its purpose; a mid-term report or a pre-renewal
     * evaluation already open is left as it is (a unique index makes it so even if two nodes try at once). Returns
     * whether it was opened here.
     */
    boolean openProgressReport(UUID id, ApplicationView granted, ReportPurpose purpose, LocalDate dueOn, String subject, String by) {
        Timestamp now = now();
        return jdbc.sql("""
                        insert into application (id, call_id, campus_id, kind, category, project_name, sector, region_code, academy_code, previous_id,
                                                 status, round, created_by, created_at, status_since, due_on, report_purpose, report_subject)
                        values (?, ?, ?, 'PROGRESS_REPORT', ?, ?, ?, ?, ?, ?, 'DRAFT', 0, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(id, granted.callId(), granted.campusId(), granted.category().name(), granted.projectName(), granted.sector().name(),
                        granted.regionCode(), granted.academyCode(), granted.id(), by, now, now, dueOn, purpose.name(), subject).update() > 0
                && copyOtherSectorsAndAcademies(granted.id(), id);
    }

    /** Stores the annex of a report as taken now, replacing the one taken before. */
    void annex(UUID id, String content, String by) {
        jdbc.sql("""
                        insert into progress_report_annex (application_id, taken_at, taken_by, content) values (?, ?, ?, cast(? as jsonb))
                        on conflict (application_id) do update set taken_at = excluded.taken_at, taken_by = excluded.taken_by,
                            content = excluded.content""")
                .params(id, now(), by, content).update();
    }

    /** The report covers the sectors and académies of the dossier it follows. Returns true, to chain after the insert. */
    private boolean copyOtherSectorsAndAcademies(UUID from, UUID to) {
        jdbc.sql("insert into application_other_sector (application_id, sector) select ?, sector from application_other_sector where application_id = ?")
                .params(to, from).update();
        jdbc.sql("insert into application_other_academy (application_id, academy_code) select ?, academy_code from application_other_academy where application_id = ?")
                .params(to, from).update();
        return true;
    }

    /** Stores the dossier's operational direction at {@code revision}, keeping the mission letter already joined. */
    void saveDirection(UUID id, OperationalDirection direction, int revision, String by) {
        jdbc.sql("""
                        insert into application_direction (application_id, kind, director_name, director_email, director_phone, director_employer,
                                                           starts_on, planned_on, committed_by, revision, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (application_id) do update set kind = excluded.kind, director_name = excluded.director_name,
                            director_email = excluded.director_email, director_phone = excluded.director_phone,
                            director_employer = excluded.director_employer, starts_on = excluded.starts_on, planned_on = excluded.planned_on,
                            committed_by = excluded.committed_by, revision = excluded.revision, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""")
                .params(id, direction.kind().name(), direction.name(), direction.email(), direction.phone(), direction.employer(),
                        direction.startsOn(), direction.plannedOn(), direction.committedBy(), revision, now(), by)
                .update();
    }

    /** Joins an attachment as the named director's mission letter, at {@code revision}. */
    void missionLetter(UUID id, UUID attachmentId, int revision, String by) {
        jdbc.sql("update application_direction set mission_letter_id = ?, revision = ?, updated_at = ?, updated_by = ? where application_id = ?")
                .params(attachmentId, revision, now(), by, id).update();
    }

    /** Attaches an expert to a draft for advice; false when already attached. */
    boolean attachAdvisor(UUID id, UUID expertId, String by) {
        return jdbc.sql("insert into application_advisor (application_id, expert_id, attached_at, attached_by) values (?, ?, ?, ?) on conflict do nothing")
                .params(id, expertId, now(), by).update() > 0;
    }

    boolean detachAdvisor(UUID id, UUID expertId) {
        return jdbc.sql("delete from application_advisor where application_id = ? and expert_id = ?").params(id, expertId).update() > 0;
    }

    UUID advice(UUID id, UUID authorId, String authorName, boolean fromAdvisor, String body) {
        UUID adviceId = UUID.randomUUID();
        jdbc.sql("insert into application_advice (id, application_id, author_id, author_name, from_advisor, written_at, body) values (?, ?, ?, ?, ?, ?, ?)")
                .params(adviceId, id, authorId, authorName, fromAdvisor, now(), body).update();
        return adviceId;
    }
}
