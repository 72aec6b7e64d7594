package fr.passerelle.governance;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.directory.Contact;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.PasserelleProperties;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a meeting: its minutes as a file, and the satisfaction survey — after the meeting, each member
 * receives a personal link by e-mail and gives a score from 1 to 5, which they may change; the meeting shows the
 * average and the number of answers.
 */
@Service
class MeetingFollowUp {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MeetingFollowUp.class);

    /** Signed minutes are documents: PDF or word-processor files. */
    static final long MAX_MINUTES_SIZE = 10L * 1024 * 1024;
    static final Set<UploadedFile.FileType> MINUTES_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.DOCX,
            UploadedFile.FileType.ODT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private final JdbcClient jdbc;
    private final Governance governance;
    private final AuditTrail audit;
    private final ObjectProvider<JavaMailSender> mail;
    private final String sender;
    /** Personal links in e-mails start with the public address, never with the Host of the request that sent them. */
    private final String publicUrl;
    private final Clock clock;

    MeetingFollowUp(JdbcClient jdbc, Governance governance, AuditTrail audit, ObjectProvider<JavaMailSender> mail,
                    @Value("${passerelle.mail.from:ne-pas-repondre@passerelle.invalid}") String sender,
                    PasserelleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.publicUrl = properties.publicBaseUrl();
        this.governance = governance;
        this.audit = audit;
        this.mail = mail;
        this.sender = sender;
        this.clock = clock;
    }

    record MinutesFile(String name, String contentType, long size, Instant uploadedAt, String uploadedBy) {
        public String displaySize() {
            return UploadedFile.displaySize(size);
        }
    }

    /** Scores received: their number, their average, how many of each score, out of how many surveys sent. */
    record Satisfaction(int sent, int answers, Double average, int[] byScore) {
        public String averageText() {
            return average == null ? "—" : String.format(Locale.FRENCH, "%.1f / 5", average);
        }

        public int count(int score) {
            return byScore[score - 1];
        }
    }

    /** What a member sees when they follow their personal survey link. */
    record Survey(UUID id, String bodyName, String campusName, LocalDateTime startsAt, String personName, Integer score,
                  String comment) {
        public String when() {
            return WHEN.format(startsAt);
        }
    }

    // --- minutes file ---------------------------------------------------------------------------------------------

    @Transactional
    MinutesFile attachMinutes(UUID campusId, UUID meetingId, String fileName, byte[] content, String actorName) {
        var meeting = governance.meeting(campusId, meetingId);
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
        audit.record(Governance.AUDITED, campusId, "COMPTE_RENDU_FICHIER", "Compte rendu joint à la réunion du " + WHEN.format(meeting.startsAt()),
                List.of(new AuditTrail.Change("Fichier du compte rendu", before.map(MinutesFile::name).orElse(null),
                        file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
        return minutesFile(meetingId).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<MinutesFile> minutesFile(UUID meetingId) {
        return jdbc.sql("select file_name, content_type, file_size, uploaded_at, uploaded_by from meeting_minutes_file where meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new MinutesFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<fr.passerelle.directory.StoredFile> minutesContent(UUID meetingId) {
        return jdbc.sql("select file_name, content_type, file_data from meeting_minutes_file where meeting_id = ?").param(meetingId)
                .query((rs, n) -> new fr.passerelle.directory.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    // --- satisfaction survey --------------------------------------------------------------------------------------

    /** Who received the survey and who could not (no address, server refusal, already asked). */
    record Sending(List<String> sent, List<String> notSent) {
    }

    /**
     * Sends the survey to the members who attended (all members when attendance was not recorded), once each; only
     * after the meeting has ended. The personal links start with {@code passerelle.public-url}.
     */
    @Transactional
    Sending sendSurvey(UUID campusId, UUID meetingId) {
        var meeting = governance.meeting(campusId, meetingId);
        if (meeting.endsAt().isAfter(LocalDateTime.now(clock.withZone(CampusCalendar.PARIS)))) {
            throw new BusinessRuleException(null, "Le questionnaire de satisfaction s'envoie une fois la réunion terminée.");
        }
        JavaMailSender mailSender = mail.getIfAvailable();
        if (mailSender == null) {
            throw new BusinessRuleException(null, "L'envoi d'e-mails n'est pas configuré sur cette plateforme (spring.mail.host).");
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
            var message = new SimpleMailMessage();
            message.setFrom(sender);
            message.setTo(member.email());
            message.setSubject("Votre avis sur la réunion : " + meeting.bodyName() + ", " + WHEN.format(meeting.startsAt()));
            message.setText("Bonjour " + member.fullName() + ",\n\n"
                    + "Merci d'avoir participé à la réunion de l'instance « " + meeting.bodyName() + " » du " + WHEN.format(meeting.startsAt()) + ".\n"
                    + "Dites-nous en une minute si elle vous a été utile, par une note de 1 à 5 :\n\n"
                    + publicUrl + "/satisfaction/" + token + "\n\n"
                    + "Ce lien vous est personnel ; vous pourrez y modifier votre réponse.\n\n-- \nPasserelle, Campus des métiers et des qualifications\n");
            try {
                mailSender.send(message);
                jdbc.sql("insert into meeting_survey (id, meeting_id, person_id, token, sent_at) values (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), meetingId, member.id(), token, Timestamp.from(Instant.now(clock))).update();
                sent.add(member.fullName());
            } catch (MailException e) {
                log.warn("E-mail to {} refused", member.email(), e);
                notSent.add(member.fullName() + " (envoi refusé par le serveur de messagerie)");
            }
        }
        if (!sent.isEmpty()) {
            audit.record(Governance.AUDITED, campusId, "SATISFACTION_ENVOYEE", "Questionnaire de satisfaction envoyé pour la réunion du "
                    + WHEN.format(meeting.startsAt()), List.of(new AuditTrail.Change("Questionnaire de satisfaction", null, String.join(", ", sent))));
        }
        return new Sending(sent, notSent);
    }

    @Transactional(readOnly = true)
    Satisfaction satisfaction(UUID meetingId) {
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
        return new Satisfaction(sent, answers, answers == 0 ? null : (double) total / answers, byScore);
    }

    @Transactional(readOnly = true)
    Optional<Survey> survey(String token) {
        return jdbc.sql("""
                        select s.id, b.name, c.name, m.starts_at, p.first_name || ' ' || p.last_name, s.score, s.comment
                          from meeting_survey s
                          join meeting m on m.id = s.meeting_id
                          join governing_body b on b.id = m.body_id
                          join campus c on c.id = b.campus_id
                          join person p on p.id = s.person_id
                         where s.token = ?""")
                .param(token == null ? "" : token)
                .query((rs, n) -> new Survey(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5), (Integer) rs.getObject(6), rs.getString(7)))
                .optional();
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

    private static String token() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
