package fr.passerelle.governance.meetings;

import fr.passerelle.platform.Times;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.PersonRemoved;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.governance.GovernancePermissions;
import fr.passerelle.governance.GoverningBodies;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Mailer;
import java.sql.Timestamp;
import java.time.LocalDateTime;
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
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Governing bodies, their members and meetings. Every method takes the actor and checks their role and scope: those
 * who run the campus's life change it, its back-office readers read it, each item kept to its audience.
 */
@Service
class Governance implements GoverningBodies {

    static final String AUDITED = "campus";
    /** Meetings are on the local time of campuses. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final GoverningBodyRepository bodies;
    private final MeetingRepository meetings;
    private final Directory directory;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final CampusRegistry registry;
    private final CampusAudiences audiences;
    private final Clock clock;

    Governance(GoverningBodyRepository bodies, MeetingRepository meetings, Directory directory, AuditTrail audit, JdbcClient jdbc,
               Mailer mailer, CampusRegistry registry, CampusAudiences audiences, Clock clock) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.registry = registry;
        this.audiences = audiences;
        this.clock = clock;
    }

    record BodyView(UUID id, UUID campusId, BodyKind kind, String name, List<Contact> members, List<MeetingView> meetings) {
    }

    record MeetingView(UUID id, UUID bodyId, String bodyName, UUID campusId, java.time.LocalDateTime startsAt,
                       java.time.LocalDateTime endsAt, String place, String videoLink, String agenda, String minutes,
                       String decisions, Instant invitationsSentAt, long version, List<Contact> members,
                       Map<UUID, AttendanceStatus> attendance, Double participationRate, Visibility visibility) {

        public String when() {
            return Times.current().format(startsAt, WHEN) + " – " + Times.current().format(endsAt, DateTimeFormatter.ofPattern("HH'h'mm"));
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

    /** The bodies of the campus, each with the meetings the actor may see. */
    @Transactional(readOnly = true)
    List<BodyView> bodiesOf(Actor actor, UUID campusId) {
        registry.requireReadable(actor, campusId);
        CampusAudience audience = audiences.of(actor, campusId);
        return bodies.findByCampusIdOrderByKindAscNameAsc(campusId).stream().map(this::view)
                .map(body -> new BodyView(body.id(), body.campusId(), body.kind(), body.name(), body.members(),
                        body.meetings().stream().filter(m -> GovernancePermissions.sees(audience, m.visibility(), body.id())).toList()))
                .toList();
    }

    @Override
    @Transactional
    public UUID constitute(Actor actor, UUID campusId, BodyKind kind, String name) {
        registry.requireManageable(actor, campusId);
        if (kind == null) {
            throw new BusinessRuleException("kind", "Choisissez le type d'instance.");
        }
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("name", "Le nom de l'instance est obligatoire.");
        }
        if (Text.longerThan(name, 255)) {
            throw new BusinessRuleException("name", Text.tooLong("Le nom de l'instance", name, 255));
        }
        GoverningBody body = bodies.save(GoverningBody.constitute(campusId, kind, name, Instant.now(clock)));
        audit.record(AUDITED, campusId, "INSTANCE_CREEE", "Instance créée : " + body.name(),
                List.of(new AuditTrail.Change("Instance", null, kind.label() + " — " + body.name())));
        return body.id();
    }

    /** Appoints a person of one of the campus's partner organisations to the body. */
    @Override
    @Transactional
    public void appoint(Actor actor, UUID campusId, UUID bodyId, UUID personId) {
        registry.requireManageable(actor, campusId);
        if (personId == null) {
            throw new BusinessRuleException("personId", "Choisissez une personne.");
        }
        GoverningBody body = body(campusId, bodyId);
        Contact person = directory.candidateContacts(campusId).stream().filter(c -> c.id().equals(personId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("personId", "Choisissez une personne d'une organisation partenaire du campus."));
        if (!body.appoint(personId)) {
            throw new BusinessRuleException("personId", person.fullName() + " siège déjà dans cette instance.");
        }
        audit.record(AUDITED, campusId, "MEMBRE_NOMME", "Membre ajouté à " + body.name() + " : " + person.fullName(),
                List.of(new AuditTrail.Change("Membre de " + body.name(), null, person.fullName() + " (" + person.organisationName() + ")")));
    }

    @Override
    @Transactional
    public UUID plan(Actor actor, UUID campusId, UUID bodyId, MeetingDetails details) {
        return schedule(actor, campusId, bodyId, details).id();
    }

    /** Plans a meeting of the body, as {@link #plan} does, and shows it. */
    @Transactional
    MeetingView schedule(Actor actor, UUID campusId, UUID bodyId, MeetingDetails details) {
        registry.requireManageable(actor, campusId);
        if (bodyId == null) {
            throw new BusinessRuleException("bodyId", "Choisissez l'instance qui se réunit.");
        }
        GoverningBody body = body(campusId, bodyId);
        Meeting meeting = meetings.save(Meeting.plan(body, details));
        MeetingView view = view(meeting);
        audit.record(AUDITED, campusId, "REUNION_PLANIFIEE", "Réunion planifiée : " + body.name(),
                List.of(new AuditTrail.Change("Réunion de " + body.name(), null, view.when() + describePlace(meeting))));
        return view;
    }

    /** The meeting if the actor may see it; a meeting kept to its body's members is not found by others. */
    @Transactional(readOnly = true)
    MeetingView meeting(Actor actor, UUID campusId, UUID meetingId) {
        registry.requireReadable(actor, campusId);
        MeetingView meeting = view(meeting0(campusId, meetingId));
        if (!GovernancePermissions.sees(audiences.of(actor, campusId), meeting.visibility(), meeting.bodyId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return meeting;
    }

    /** The campus, for those who run its life: what a refused change shows again. Refused to the others. */
    @Transactional(readOnly = true)
    CampusCard runnable(Actor actor, UUID campusId) {
        return registry.requireManageable(actor, campusId);
    }

    /** The campus, for its back-office readers. Refused to the others. */
    @Transactional(readOnly = true)
    CampusCard readable(Actor actor, UUID campusId) {
        return registry.requireReadable(actor, campusId);
    }

    /** The meeting as those who run the campus's life change it. */
    @Transactional(readOnly = true)
    MeetingView meetingToChange(Actor actor, UUID campusId, UUID meetingId) {
        registry.requireManageable(actor, campusId);
        return view(meeting0(campusId, meetingId));
    }

    @Transactional
    void recordAttendance(Actor actor, UUID campusId, UUID meetingId, long expectedVersion, Map<UUID, AttendanceStatus> statuses) {
        registry.requireManageable(actor, campusId);
        Meeting meeting = meeting0(campusId, meetingId);
        checkVersion(meeting, expectedVersion);
        Set<UUID> members = membersOf(meeting);
        Double before = meeting.participationRate(members.size());
        meeting.recordAttendance(statuses, members);
        meetings.saveAndFlush(meeting);
        Double after = meeting.participationRate(members.size());
        audit.record(AUDITED, campusId, "EMARGEMENT", "Émargement de la réunion du " + Times.current().format(meeting.startsAt(), WHEN),
                List.of(new AuditTrail.Change("Taux de participation", rate(before), rate(after))));
    }

    @Transactional
    void recordMinutes(Actor actor, UUID campusId, UUID meetingId, long expectedVersion, String minutes, String decisions) {
        registry.requireManageable(actor, campusId);
        Meeting meeting = meeting0(campusId, meetingId);
        checkVersion(meeting, expectedVersion);
        var diff = new AuditTrail.Diff().field("Compte rendu", meeting.minutes(), minutes).field("Décisions", meeting.decisions(), decisions);
        meeting.recordMinutes(minutes, decisions);
        meetings.saveAndFlush(meeting);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, campusId, "COMPTE_RENDU", "Compte rendu de la réunion du " + Times.current().format(meeting.startsAt(), WHEN), diff.changes());
        }
    }

    /** The outcome of sending invitations: who received one, and who could not (no address, or the server refused). */
    record Invitations(List<String> sent, List<String> notSent) {
    }

    /**
     * E-mails the invitation to every member of the body who has an address, once the meeting records that it was
     * done; the e-mails leave after the commit (see {@link Mailer}).
     */
    @Transactional
    Invitations invite(Actor actor, UUID campusId, UUID meetingId) {
        registry.requireManageable(actor, campusId);
        Meeting meeting = meeting0(campusId, meetingId);
        if (!mailer.configured()) {
            throw new BusinessRuleException(null, "L'envoi d'e-mails n'est pas configuré sur cette plateforme (spring.mail.host).");
        }
        MeetingView view = view(meeting);
        List<String> sent = new ArrayList<>();
        List<String> notSent = new ArrayList<>();
        List<Mailer.Mail> mails = new ArrayList<>();
        for (Contact member : view.members()) {
            if (member.email() == null) {
                notSent.add(member.fullName() + " (pas d'adresse e-mail)");
                continue;
            }
            mails.add(new Mailer.Mail(member.email(), "Invitation : " + view.bodyName() + ", " + view.when(), "invitation", Map.of(
                    "name", member.fullName(), "bodyName", view.bodyName(), "when", view.when(), "place", orEmpty(view.place()),
                    "videoLink", orEmpty(view.videoLink()), "agenda", orEmpty(view.agenda()))));
            sent.add(member.fullName());
        }
        if (!sent.isEmpty()) {
            meeting.invitationsSent(Instant.now(clock));
            audit.record(AUDITED, campusId, "INVITATIONS", "Invitations envoyées pour la réunion du " + Times.current().format(meeting.startsAt(), WHEN),
                    List.of(new AuditTrail.Change("Invitations", null, String.join(", ", sent))));
            mailer.sendAfterCommit(mails);
        }
        return new Invitations(sent, notSent);
    }

    @Override
    @Transactional
    public void recordOutcome(Actor actor, UUID campusId, UUID meetingId, Map<UUID, AttendanceStatus> attendance, String minutes,
                              String decisions) {
        recordAttendance(actor, campusId, meetingId, meeting0(campusId, meetingId).version(), attendance);
        recordMinutes(actor, campusId, meetingId, meeting0(campusId, meetingId).version(), minutes, decisions);
    }

    @Override
    @Transactional
    public void recordSurvey(Actor actor, UUID campusId, UUID meetingId, UUID personId, LocalDateTime sentAt, Integer score,
                             LocalDateTime answeredAt) {
        registry.requireManageable(actor, campusId);
        Meeting meeting = meeting0(campusId, meetingId);
        if (meeting.attendance().get(personId) != AttendanceStatus.PRESENT) {
            throw new BusinessRuleException(null, "Seuls les membres présents répondent au questionnaire de satisfaction.");
        }
        jdbc.sql("""
                        insert into meeting_survey (id, meeting_id, person_id, token, sent_at, score, answered_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), meetingId, personId, MeetingFollowUp.token(), Timestamp.valueOf(sentAt), score,
                        answeredAt == null ? null : Timestamp.valueOf(answeredAt))
                .update();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
                            new AuditTrail.Change("Fin du mandat", null, Times.current().format(removed.removedOn(), DAY) + ", retiré·e de l'annuaire")));
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
