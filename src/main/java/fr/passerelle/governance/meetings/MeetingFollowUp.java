package fr.passerelle.governance.meetings;

import fr.passerelle.platform.Times;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.directory.Contact;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.identity.Actor;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.platform.Mailer;
import java.util.Map;
import fr.passerelle.platform.UploadedFile;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a meeting: its minutes as a file, and the satisfaction survey — after the meeting, each member
 * receives a personal link by e-mail and gives a score from 1 to 5, which they may change; the meeting shows the
 * average and the number of answers.
 */
@Service
class MeetingFollowUp {

    /** Changes are audited on the campus, where its history page shows them. */
    static final String AUDITED = Governance.AUDITED;

    /** Signed minutes are documents: PDF or word-processor files. */
    static final long MAX_MINUTES_SIZE = 10L * 1024 * 1024;
    static final Set<UploadedFile.FileType> MINUTES_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.DOCX,
            UploadedFile.FileType.ODT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private final JdbcClient jdbc;
    private final Governance governance;
    private final AuditTrail audit;
    /** Personal links in e-mails start with the public address ({@code publicUrl} of every mail template). */
    private final Mailer mailer;
    private final CampusRegistry registry;
    private final Directory directory;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    MeetingFollowUp(JdbcClient jdbc, Governance governance, AuditTrail audit, Mailer mailer, PlatformTransactionManager transactions,
                    CampusRegistry registry, Directory directory, Clock clock) {
        this.registry = registry;
        this.directory = directory;
        this.jdbc = jdbc;
        this.governance = governance;
        this.audit = audit;
        this.mailer = mailer;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    record MinutesFile(String name, String contentType, long size, Instant uploadedAt, String uploadedBy) {
        public String displaySize() {
            return UploadedFile.displaySize(size);
        }
    }

    /** What a member sees when they follow their personal survey link. */
    record Survey(UUID id, String bodyName, String campusName, LocalDateTime startsAt, String personName, Integer score,
                  String comment) {
        public String when() {
            return Times.current().format(startsAt, WHEN);
        }
    }

    // --- minutes file ---------------------------------------------------------------------------------------------

    @Transactional
    MinutesFile attachMinutes(Actor actor, UUID campusId, UUID meetingId, String fileName, byte[] content) {
        var meeting = governance.meetingToChange(actor, campusId, meetingId);
        String actorName = actor.displayName();
        UploadedFile file;
        try {
            file = UploadedFile.check(fileName, content, MAX_MINUTES_SIZE, MINUTES_TYPES);
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("file", e.getMessage());
        }
        Optional<MinutesFile> before = minutesFile(meetingId);
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        insert into meeting_minutes_file (meeting_id, file_name, content_type, file_size, file_data, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (meeting_id) do update set file_name = excluded.file_name, content_type = excluded.content_type,
                            file_size = excluded.file_size, file_data = excluded.file_data, uploaded_at = excluded.uploaded_at,
                            uploaded_by = excluded.uploaded_by""")
                .params(meetingId, file.name(), file.contentType(), file.size(), file.content(), Timestamp.from(now), actorName).update();
        audit.record(AUDITED, campusId, "COMPTE_RENDU_FICHIER", "Compte rendu joint à la réunion du " + Times.current().format(meeting.startsAt(), WHEN),
                List.of(new AuditTrail.Change("Fichier du compte rendu", before.map(MinutesFile::name).orElse(null),
                        file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
        return minutesFile(meetingId).orElseThrow();
    }

    /** The minutes file of a meeting the actor may see. */
    @Transactional(readOnly = true)
    Optional<MinutesFile> minutesFile(Actor actor, UUID campusId, UUID meetingId) {
        governance.meeting(actor, campusId, meetingId);
        return minutesFile(meetingId);
    }

    @Transactional(readOnly = true)
    Optional<MinutesFile> minutesFile(UUID meetingId) {
        return jdbc.sql("select file_name, content_type, file_size, uploaded_at, uploaded_by from meeting_minutes_file where meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new MinutesFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<fr.passerelle.directory.StoredFile> minutesContent(Actor actor, UUID campusId, UUID meetingId) {
        governance.meeting(actor, campusId, meetingId);
        return jdbc.sql("select file_name, content_type, file_data from meeting_minutes_file where meeting_id = ?").param(meetingId)
                .query((rs, n) -> new fr.passerelle.directory.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    // --- satisfaction survey --------------------------------------------------------------------------------------

    /** Who received the survey and who could not (no address, server refusal, already asked). */
    record Sending(List<String> sent, List<String> notSent) {
    }

    /**
     * Sends the survey to the members who attended (all members when attendance was not recorded), once each; only
     * after the meeting has ended. The e-mails leave after the commit, their personal links starting with
     * {@code passerelle.public-url}; a member whose e-mail the server refuses is not counted as asked, so that the next
     * sending asks them again.
     */
    @Transactional
    Sending sendSurvey(Actor actor, UUID campusId, UUID meetingId) {
        return sendSurvey(governance.meetingToChange(actor, campusId, meetingId), AUDITED, campusId);
    }

    /**
     * Sends the survey of a meeting its caller let the actor change — a campus's, or a région's, network's or
     * cluster's body's ({@link ScopedBodies}) — audited on {@code subject} of type {@code audited}.
     */
    @Transactional
    Sending sendSurvey(MeetingView meeting, String audited, UUID subject) {
        UUID meetingId = meeting.id();
        if (meeting.cancelled()) {
            throw new BusinessRuleException(null, "Cette réunion est annulée : il n'y a pas de questionnaire de satisfaction.");
        }
        if (meeting.endsAt().isAfter(LocalDateTime.now(clock.withZone(Times.current().zone())))) {
            throw new BusinessRuleException(null, "Le questionnaire de satisfaction s'envoie une fois la réunion terminée.");
        }
        if (!mailer.configured()) {
            throw new BusinessRuleException(null, "Passerelle n'envoie pas d'e-mails : aucune messagerie n'est reliée à la plateforme, "
                    + "le questionnaire ne peut donc pas être envoyé aux membres.");
        }
        List<Contact> recipients = meeting.attendance().isEmpty() ? meeting.members()
                : meeting.members().stream().filter(m -> meeting.statusOf(m.id()) == AttendanceStatus.PRESENT).toList();
        if (recipients.isEmpty()) {
            throw new BusinessRuleException(null, "Aucun membre présent à qui envoyer le questionnaire.");
        }
        Set<UUID> alreadyAsked = Set.copyOf(jdbc.sql("select person_id from meeting_survey where meeting_id = ?").param(meetingId)
                .query(UUID.class).list());
        List<String> sent = new ArrayList<>();
        List<String> notSent = new ArrayList<>();
        List<Mailer.Mail> mails = new ArrayList<>();
        for (Contact member : recipients) {
            if (alreadyAsked.contains(member.id())) {
                notSent.add(member.fullName() + " (déjà sollicité·e)");
                continue;
            }
            if (member.email() == null) {
                notSent.add(member.fullName() + " (pas d'adresse e-mail)");
                continue;
            }
            String token = token();
            jdbc.sql("insert into meeting_survey (id, meeting_id, person_id, token, sent_at) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), meetingId, member.id(), token, Timestamp.from(Instant.now(clock))).update();
            mails.add(new Mailer.Mail(member.email(), "Votre avis sur la réunion : " + meeting.bodyName() + ", " + Times.current().format(meeting.startsAt(), WHEN),
                    "survey", Map.of("name", member.fullName(), "bodyName", meeting.bodyName(), "day", Times.current().format(meeting.startsAt(), WHEN),
                            "token", token)));
            sent.add(member.fullName());
        }
        if (!sent.isEmpty()) {
            audit.record(audited, subject, "SATISFACTION_ENVOYEE", "Questionnaire de satisfaction envoyé pour la réunion du "
                    + Times.current().format(meeting.startsAt(), WHEN), List.of(new AuditTrail.Change("Questionnaire de satisfaction", null, String.join(", ", sent))));
            mailer.sendAfterCommit(mails, this::notAsked);
        }
        return new Sending(sent, notSent);
    }

    /** The survey whose e-mail the server refused was not asked: its link is deleted, in a transaction of its own. */
    private void notAsked(Mailer.Mail refused) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from meeting_survey where token = ? and answered_at is null")
                .param(refused.variables().get("token")).update());
    }

    @Transactional(readOnly = true)
    MeetingSatisfaction satisfaction(UUID meetingId) {
        int[] byScore = new int[5];
        jdbc.sql("select score, count(*) from meeting_survey where meeting_id = ? and score is not null group by score").param(meetingId)
                .query((rs, n) -> byScore[rs.getInt(1) - 1] = rs.getInt(2)).list();
        int sent = jdbc.sql("select count(*) from meeting_survey where meeting_id = ?").param(meetingId).query(Integer.class).single();
        int answers = 0;
        int total = 0;
        for (int i = 0; i < 5; i++) {
            answers += byScore[i];
            total += byScore[i] * (i + 1);
        }
        return new MeetingSatisfaction(sent, answers, answers == 0 ? null : (double) total / answers, byScore);
    }

    /** The survey of a personal link: the campus's (or cluster's) name and the member's come from their modules. */
    @Transactional(readOnly = true)
    Optional<Survey> survey(String token) {
        record Row(UUID id, String bodyName, UUID campusId, LocalDateTime startsAt, UUID personId, Integer score, String comment, UUID clusterId) {
        }
        return jdbc.sql("""
                        select s.id, b.name, b.campus_id, m.starts_at, s.person_id, s.score, s.comment, b.cluster_id
                          from meeting_survey s
                          join meeting m on m.id = s.meeting_id
                          join governing_body b on b.id = m.body_id
                         where s.token = ?""")
                .param(token == null ? "" : token)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getObject(5, UUID.class), (Integer) rs.getObject(6), rs.getString(7),
                        rs.getObject(8, UUID.class)))
                .optional()
                .map(row -> new Survey(row.id(), row.bodyName(), ownerName(row.campusId(), row.clusterId()),
                        row.startsAt(), directory.contacts(List.of(row.personId())).stream().findFirst().map(Contact::fullName).orElse(""),
                        row.score(), row.comment()));
    }

    /** The name shown beside the body: its campus's, or its cluster's (a région's or a network's body shows none). */
    private String ownerName(UUID campusId, UUID clusterId) {
        if (campusId != null) {
            return registry.byId(campusId).map(CampusCard::name).orElse("");
        }
        return clusterId == null ? "" : directory.organisation(clusterId).map(o -> o.displayName()).orElse("");
    }

    /** Records (or changes) the member's score; the score must be a whole number from 1 to 5. */
    @Transactional
    void answer(String token, Integer score, String comment) {
        Survey survey = survey(token).orElseThrow(() -> new BusinessRuleException(null, "Ce lien de questionnaire n'est pas valide."));
        if (score == null || score < 1 || score > 5) {
            throw new BusinessRuleException("score", "Choisissez une note de 1 (pas du tout satisfait·e) à 5 (très satisfait·e).");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 2000) {
            throw new BusinessRuleException("comment", "Le commentaire fait " + text.length() + " caractères : 2 000 au plus.");
        }
        jdbc.sql("update meeting_survey set score = ?, comment = ?, answered_at = ? where id = ?")
                .params(score, text, Timestamp.from(Instant.now(clock)), survey.id()).update();
    }

    static String token() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
