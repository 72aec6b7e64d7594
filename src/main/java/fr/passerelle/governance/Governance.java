package fr.passerelle.governance;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonRemoved;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Governing bodies, their members and meetings. Callers check the actor's scope on the campus first. */
@Service
class Governance {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Governance.class);

    static final String AUDITED = "campus";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final GoverningBodyRepository bodies;
    private final MeetingRepository meetings;
    private final Directory directory;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final String sender;
    private final Clock clock;

    Governance(GoverningBodyRepository bodies, MeetingRepository meetings, Directory directory, AuditTrail audit, JdbcClient jdbc,
               ObjectProvider<JavaMailSender> mail,
               @org.springframework.beans.factory.annotation.Value("${passerelle.mail.from:ne-pas-repondre@passerelle.invalid}") String sender,
               Clock clock) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.mail = mail;
        this.sender = sender;
        this.clock = clock;
    }

    record BodyView(UUID id, UUID campusId, BodyKind kind, String name, List<Contact> members, List<MeetingView> meetings) {
    }

    record MeetingView(UUID id, UUID bodyId, String bodyName, UUID campusId, java.time.LocalDateTime startsAt,
                       java.time.LocalDateTime endsAt, String place, String videoLink, String agenda, String minutes,
                       String decisions, Instant invitationsSentAt, long version, List<Contact> members,
                       Map<UUID, AttendanceStatus> attendance, Double participationRate, Visibility visibility) {

        public String when() {
            return WHEN.format(startsAt) + " – " + DateTimeFormatter.ofPattern("HH'h'mm").format(endsAt);
        }

        public String participation() {
            return participationRate == null ? "non émargée" : Math.round(participationRate * 100) + " %";
        }

        public AttendanceStatus statusOf(UUID personId) {
            return attendance.get(personId);
        }

        /** The minutes as safe HTML (they are typed in Markdown). */
        public String minutesHtml() {
            return fr.passerelle.platform.RichText.html(minutes);
        }

        public String decisionsHtml() {
            return fr.passerelle.platform.RichText.html(decisions);
        }

        public boolean isOver(java.time.LocalDateTime now) {
            return !endsAt.isAfter(now);
        }
    }

    @Transactional(readOnly = true)
    List<BodyView> bodiesOf(UUID campusId) {
        return bodies.findByCampusIdOrderByKindAscNameAsc(campusId).stream().map(this::view).toList();
    }

    @Transactional
    BodyView constitute(UUID campusId, BodyKind kind, String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("name", "Le nom de l'instance est obligatoire.");
        }
        if (Text.longerThan(name, 255)) {
            throw new BusinessRuleException("name", Text.tooLong("Le nom de l'instance", name, 255));
        }
        GoverningBody body = bodies.save(GoverningBody.constitute(campusId, kind, name, Instant.now(clock)));
        audit.record(AUDITED, campusId, "INSTANCE_CREEE", "Instance créée : " + body.name(),
                List.of(new AuditTrail.Change("Instance", null, kind.label() + " — " + body.name())));
        return view(body);
    }

    /** Appoints a person of one of the campus's partner organisations to the body. */
    @Transactional
    void appoint(UUID campusId, UUID bodyId, UUID personId) {
        GoverningBody body = body(campusId, bodyId);
        Contact person = directory.candidateContacts(campusId).stream().filter(c -> c.id().equals(personId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("personId", "Choisissez une personne d'une organisation partenaire du campus."));
        if (!body.appoint(personId)) {
            throw new BusinessRuleException("personId", person.fullName() + " siège déjà dans cette instance.");
        }
        audit.record(AUDITED, campusId, "MEMBRE_NOMME", "Membre ajouté à " + body.name() + " : " + person.fullName(),
                List.of(new AuditTrail.Change("Membre de " + body.name(), null, person.fullName() + " (" + person.organisationName() + ")")));
    }

    @Transactional
    MeetingView plan(UUID campusId, UUID bodyId, MeetingDetails details) {
        GoverningBody body = body(campusId, bodyId);
        Meeting meeting = meetings.save(Meeting.plan(body, details));
        MeetingView view = view(meeting);
        audit.record(AUDITED, campusId, "REUNION_PLANIFIEE", "Réunion planifiée : " + body.name(),
                List.of(new AuditTrail.Change("Réunion de " + body.name(), null, view.when() + describePlace(meeting))));
        return view;
    }

    @Transactional(readOnly = true)
    MeetingView meeting(UUID campusId, UUID meetingId) {
        return view(meeting0(campusId, meetingId));
    }

    @Transactional
    void recordAttendance(UUID campusId, UUID meetingId, long expectedVersion, Map<UUID, AttendanceStatus> statuses) {
        Meeting meeting = meeting0(campusId, meetingId);
        checkVersion(meeting, expectedVersion);
        Set<UUID> members = membersOf(meeting);
        Double before = meeting.participationRate(members.size());
        meeting.recordAttendance(statuses, members);
        meetings.saveAndFlush(meeting);
        Double after = meeting.participationRate(members.size());
        audit.record(AUDITED, campusId, "EMARGEMENT", "Émargement de la réunion du " + WHEN.format(meeting.startsAt()),
                List.of(new AuditTrail.Change("Taux de participation", rate(before), rate(after))));
    }

    @Transactional
    void recordMinutes(UUID campusId, UUID meetingId, long expectedVersion, String minutes, String decisions) {
        Meeting meeting = meeting0(campusId, meetingId);
        checkVersion(meeting, expectedVersion);
        var diff = new AuditTrail.Diff().field("Compte rendu", meeting.minutes(), minutes).field("Décisions", meeting.decisions(), decisions);
        meeting.recordMinutes(minutes, decisions);
        meetings.saveAndFlush(meeting);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, campusId, "COMPTE_RENDU", "Compte rendu de la réunion du " + WHEN.format(meeting.startsAt()), diff.changes());
        }
    }

    /** The outcome of sending invitations: who received one, and who could not (no address, or the server refused). */
    record Invitations(List<String> sent, List<String> notSent) {
    }

    /** E-mails the invitation to every member of the body; the meeting records when it was done. */
    @Transactional
    Invitations invite(UUID campusId, UUID meetingId) {
        Meeting meeting = meeting0(campusId, meetingId);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new BusinessRuleException(null, "L'envoi d'e-mails n'est pas configuré sur cette plateforme (spring.mail.host).");
        }
        MeetingView view = view(meeting);
        List<String> sent = new ArrayList<>();
        List<String> notSent = new ArrayList<>();
        for (Contact member : view.members()) {
            if (member.email() == null) {
                notSent.add(member.fullName() + " (pas d'adresse e-mail)");
                continue;
            }
            var message = new SimpleMailMessage();
            message.setFrom(this.sender);
            message.setTo(member.email());
            message.setSubject("Invitation : " + view.bodyName() + ", " + view.when());
            message.setText(invitationText(member, view));
            try {
                sender.send(message);
                sent.add(member.fullName());
            } catch (MailException e) {
                log.warn("E-mail to {} refused", member.email(), e);
                notSent.add(member.fullName() + " (envoi refusé par le serveur de messagerie)");
            }
        }
        if (!sent.isEmpty()) {
            meeting.invitationsSent(Instant.now(clock));
            audit.record(AUDITED, campusId, "INVITATIONS", "Invitations envoyées pour la réunion du " + WHEN.format(meeting.startsAt()),
                    List.of(new AuditTrail.Change("Invitations", null, String.join(", ", sent))));
        }
        return new Invitations(sent, notSent);
    }

    private static String invitationText(Contact member, MeetingView meeting) {
        return "Bonjour " + member.fullName() + ",\n\n"
                + "Vous êtes invité·e à la réunion de l'instance « " + meeting.bodyName() + " » le " + meeting.when() + ".\n"
                + (meeting.place() == null ? "" : "Lieu : " + meeting.place() + "\n")
                + (meeting.videoLink() == null ? "" : "Visioconférence : " + meeting.videoLink() + "\n")
                + (meeting.agenda() == null ? "" : "\nOrdre du jour :\n" + meeting.agenda() + "\n")
                + "\nMerci de prévenir l'équipe du campus si vous ne pouvez pas y assister.\n\n-- \nPasserelle, Campus des métiers et des qualifications\n";
    }

    private void checkVersion(Meeting meeting, long expectedVersion) {
        if (meeting.version() != expectedVersion) {
            throw new BusinessRuleException(null, "Cette réunion a été modifiée par quelqu'un d'autre pendant votre saisie : "
                    + "rechargez la page, vos modifications n'ont pas été enregistrées.");
        }
    }

    private GoverningBody body(UUID campusId, UUID bodyId) {
        return bodies.findById(bodyId).filter(b -> b.campusId().equals(campusId))
                .orElseThrow(() -> new BusinessRuleException(null, "Cette instance n'existe pas pour ce campus."));
    }

    private Meeting meeting0(UUID campusId, UUID meetingId) {
        return meetings.findById(meetingId).filter(m -> m.body().campusId().equals(campusId))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private BodyView view(GoverningBody body) {
        return new BodyView(body.id(), body.campusId(), body.kind(), body.name(), directory.contacts(body.members()),
                meetings.findByBody(body.id()).stream().map(this::view).toList());
    }

    /**
     * Ends the seats of a person taken out of the directory, on the day of removal, with a line in the history of each
     * campus concerned. Runs in the transaction of the removal; attendance and survey answers stay as they are.
     */
    @EventListener
    void personRemoved(PersonRemoved removed) {
        record Seat(UUID bodyId, UUID campusId, String bodyName) {
        }
        List<Seat> seats = jdbc.sql("""
                        select b.id, b.campus_id, b.name from body_member m join governing_body b on b.id = m.body_id
                         where m.person_id = ? and m.ended_on is null order by b.name""")
                .param(removed.personId())
                .query((rs, n) -> new Seat(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
        jdbc.sql("update body_member set ended_on = ? where person_id = ? and ended_on is null")
                .params(removed.removedOn(), removed.personId()).update();
        for (Seat seat : seats) {
            audit.record(AUDITED, seat.campusId(), "MANDAT_TERMINE", "Fin du mandat de " + removed.fullName() + " dans " + seat.bodyName(),
                    List.of(new AuditTrail.Change("Membre de " + seat.bodyName(), removed.fullName() + " (" + removed.organisationName() + ")", null),
                            new AuditTrail.Change("Fin du mandat", null, DAY.format(removed.removedOn()) + ", retiré·e de l'annuaire")));
        }
    }

    /** Those who sit on the meeting's body now, and those who attended it though their seat has ended since. */
    private static Set<UUID> membersOf(Meeting m) {
        Set<UUID> members = new LinkedHashSet<>(m.body().members());
        members.addAll(m.attendance().keySet());
        return members;
    }

    private MeetingView view(Meeting m) {
        var members = directory.contacts(membersOf(m));
        return new MeetingView(m.id(), m.body().id(), m.body().name(), m.body().campusId(), m.startsAt(), m.endsAt(), m.place(),
                m.videoLink(), m.agenda(), m.minutes(), m.decisions(), m.invitationsSentAt(), m.version(), members, m.attendance(),
                m.participationRate(members.size()), m.visibility());
    }

    private static String rate(Double rate) {
        return rate == null ? null : Math.round(rate * 100) + " %";
    }

    private static String describePlace(Meeting m) {
        return m.place() != null ? ", " + m.place() : ", en visioconférence";
    }
}
