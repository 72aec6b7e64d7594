package fr.passerelle.governance.meetings;

import fr.passerelle.platform.Times;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.College;
import fr.passerelle.governance.StrategicSeat;
import java.time.LocalDate;
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

    /**
     * A body as its page shows it: its sitting members with their seats, its former members, its chair, the expected
     * seats no one holds (strategic committee), and the meetings of each year against the number expected.
     */
    record BodyView(UUID id, UUID campusId, BodyKind kind, String name, List<Contact> members, List<MeetingView> meetings, long version,
                    List<MemberView> seats, List<MemberView> formerMembers, Contact chair, Integer meetingsPerYear,
                    List<StrategicSeat> missingSeats, List<MeetingFrequency.Year> years) {

        /** The sitting members holding that expected seat (its code). */
        public List<MemberView> holding(String seat) {
            return seats.stream().filter(m -> m.seat() != null && m.seat().name().equals(seat)).toList();
        }

        /** The sitting members of that college (its code). */
        public List<MemberView> inCollege(String college) {
            return seats.stream().filter(m -> m.college() != null && m.college().name().equals(college)).toList();
        }

        /** The years with fewer meetings than expected. */
        public List<MeetingFrequency.Year> yearsBelowExpected() {
            return years.stream().filter(MeetingFrequency.Year::belowExpected).toList();
        }

        public boolean strategic() {
            return kind == BodyKind.STRATEGIC;
        }

        public boolean steering() {
            return kind == BodyKind.STEERING;
        }
    }

    /** A seat on a body: who, since when (until when once it ended), the expected seat or the college held. */
    record MemberView(Contact person, LocalDate startedOn, LocalDate endedOn, StrategicSeat seat, College college, boolean chair) {

        public String since() {
            return Times.current().format(startedOn, DAY);
        }

        public String until() {
            return endedOn == null ? null : Times.current().format(endedOn, DAY);
        }
    }


    /** The bodies of the campus, each with the meetings the actor may see. */
    @Transactional(readOnly = true)
    List<BodyView> bodiesOf(Actor actor, UUID campusId) {
        registry.requireReadable(actor, campusId);
        CampusAudience audience = audiences.of(actor, campusId);
        return bodies.findByCampusIdOrderByKindAscNameAsc(campusId).stream().map(body -> view(body, audience)).toList();
    }

    /** One body of the campus, with the meetings the actor may see. */
    @Transactional(readOnly = true)
    BodyView body(Actor actor, UUID campusId, UUID bodyId) {
        registry.requireReadable(actor, campusId);
        GoverningBody body = bodies.findById(bodyId).filter(b -> campusId.equals(b.campusId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return view(body, audiences.of(actor, campusId));
    }

    @Override
    @Transactional
    public UUID constitute(Actor actor, UUID campusId, BodyKind kind, String name) {
        registry.requireManageable(actor, campusId);
        if (kind == null || kind.scope() != BodyKind.Scope.CAMPUS) {
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

    /** Appoints a person of one of the campus's partner organisations to the body, from today. */
    @Override
    @Transactional
    public void appoint(Actor actor, UUID campusId, UUID bodyId, UUID personId) {
        appoint(actor, campusId, bodyId, personId, today(), null, null);
    }

    @Override
    @Transactional
    public void appoint(Actor actor, UUID campusId, UUID bodyId, UUID personId, LocalDate since, StrategicSeat seat, College college) {
        registry.requireManageable(actor, campusId);
        if (personId == null) {
            throw new BusinessRuleException("personId", "Choisissez une personne.");
        }
        GoverningBody body = body(campusId, bodyId);
        Contact person = directory.candidateContacts(campusId).stream().filter(c -> c.id().equals(personId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("personId", "Choisissez une personne d'une organisation partenaire du campus."));
        body.appoint(personId, since, seat, college, today(), person.fullName());
        bodies.saveAndFlush(body);
        List<AuditTrail.Change> changes = new ArrayList<>(List.of(
                new AuditTrail.Change("Membre de " + body.name(), null, person.fullName() + " (" + person.organisationName() + ")"),
                new AuditTrail.Change("Membre depuis le", null, Times.current().format(since, DAY))));
        if (seat != null) {
            changes.add(new AuditTrail.Change("Siège", null, seat.label()));
        }
        if (college != null) {
            changes.add(new AuditTrail.Change("Collège", null, college.label()));
        }
        audit.record(AUDITED, campusId, "MEMBRE_NOMME", "Membre ajouté à " + body.name() + " : " + person.fullName(), changes);
    }

    /**
     * Gives a sitting member an expected seat or a college (or takes it away), on the version of the body the form was
     * opened with.
     */
    @Transactional
    void assign(Actor actor, UUID campusId, UUID bodyId, long expectedVersion, UUID personId, StrategicSeat seat, College college) {
        registry.requireManageable(actor, campusId);
        GoverningBody body = body(campusId, bodyId);
        checkVersion(body, expectedVersion);
        Membership before = body.memberships().stream().filter(m -> m.current() && m.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException(null, "Cette personne ne siège plus dans l'instance."));
        String seatBefore = before.seat() == null ? null : before.seat().label();
        String collegeBefore = before.college() == null ? null : before.college().label();
        body.assign(personId, seat, college);
        bodies.saveAndFlush(body);
        var diff = new AuditTrail.Diff().field("Siège", seatBefore, seat == null ? null : seat.label())
                .field("Collège", collegeBefore, college == null ? null : college.label());
        if (!diff.isEmpty()) {
            String name = directory.contacts(Set.of(personId)).stream().map(Contact::fullName).findFirst().orElse("");
            audit.record(AUDITED, campusId, "MEMBRE_SIEGE", "Siège de " + name + " dans " + body.name(), diff.changes());
        }
    }

    @Override
    @Transactional
    public void configure(Actor actor, UUID campusId, UUID bodyId, UUID chairPersonId, Integer meetingsPerYear) {
        configure(actor, campusId, bodyId, body(campusId, bodyId).version(), chairPersonId, meetingsPerYear);
    }

    /** Names the chair and the expected number of meetings a year, on the version of the body the form was opened with. */
    @Transactional
    void configure(Actor actor, UUID campusId, UUID bodyId, long expectedVersion, UUID chairPersonId, Integer meetingsPerYear) {
        registry.requireManageable(actor, campusId);
        GoverningBody body = body(campusId, bodyId);
        checkVersion(body, expectedVersion);
        String chairBefore = nameOf(body.chairPersonId());
        Integer perYearBefore = body.meetingsPerYear();
        body.configure(chairPersonId, meetingsPerYear);
        bodies.saveAndFlush(body);
        var diff = new AuditTrail.Diff().field("Présidence", chairBefore, nameOf(chairPersonId))
                .field("Réunions attendues par an", perYearBefore == null ? null : perYearBefore.toString(),
                        meetingsPerYear == null ? null : meetingsPerYear.toString());
        if (!diff.isEmpty()) {
            audit.record(AUDITED, campusId, "INSTANCE_MODIFIEE", "Instance modifiée : " + body.name(), diff.changes());
        }
    }

    private String nameOf(UUID personId) {
        return personId == null ? null : directory.contacts(Set.of(personId)).stream().map(Contact::fullName).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
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
        Double before = meeting.participation().rate();
        meeting.recordAttendance(statuses, meeting.roster(), clock);
        meetings.saveAndFlush(meeting);
        Double after = meeting.participation().rate();
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
        CampusCard campus = registry.requireManageable(actor, campusId);
        Meeting meeting = meeting0(campusId, meetingId);
        if (!mailer.configured()) {
            throw new BusinessRuleException(null, NO_MAIL);
        }
        if (meeting.cancelledAt() != null) {
            throw new BusinessRuleException(null, "Cette réunion est annulée : on n'y invite plus.");
        }
        Mailing mailing = mailing(view(meeting), campus, "Invitation : ", "invitation", Map.of());
        if (!mailing.sent().isEmpty()) {
            meeting.invitationsSent(Instant.now(clock));
            audit.record(AUDITED, campusId, "INVITATIONS", "Invitations envoyées pour la réunion du " + Times.current().format(meeting.startsAt(), WHEN),
                    List.of(new AuditTrail.Change("Invitations", null, String.join(", ", mailing.sent()))));
            mailer.sendAfterCommit(mailing.mails());
        }
        return new Invitations(mailing.sent(), mailing.notSent());
    }

    /** The e-mails to the body's members about a meeting, each with its invitation (.ics); who gets one and who has no address. */
    private record Mailing(List<Mailer.Mail> mails, List<String> sent, List<String> notSent) {
    }

    private Mailing mailing(MeetingView view, CampusCard campus, String subject, String template, Map<String, String> extra) {
        Mailer.Attachment invitation = invitation(view, campus);
        List<String> sent = new ArrayList<>();
        List<String> notSent = new ArrayList<>();
        List<Mailer.Mail> mails = new ArrayList<>();
        for (Contact member : view.members()) {
            if (member.email() == null) {
                notSent.add(member.fullName() + " (pas d'adresse e-mail)");
                continue;
            }
            Map<String, String> variables = new java.util.HashMap<>(Map.of("name", member.fullName(), "bodyName", view.bodyName(),
                    "when", view.when(), "place", orEmpty(view.place()), "videoLink", orEmpty(view.videoLink()), "agenda", orEmpty(view.agenda())));
            variables.putAll(extra);
            mails.add(new Mailer.Mail(member.email(), subject + view.bodyName() + ", " + view.when(), template, variables, List.of(invitation)));
            sent.add(member.fullName());
        }
        return new Mailing(mails, sent, notSent);
    }

    /**
     * What telling the members of a change gave: whom an e-mail was sent to and whom not (no address), or why nobody
     * was told by e-mail (the invitations were never sent, or the platform sends no e-mail).
     */
    record Told(List<String> sent, List<String> notSent, boolean invitationsWereSent, boolean mailConfigured) {
    }

    /**
     * Changes a planned meeting, on the version the form was opened with; the members already invited receive the
     * updated invitation by e-mail after the commit.
     */
    @Transactional
    Told reschedule(Actor actor, UUID campusId, UUID meetingId, long expectedVersion, MeetingDetails details) {
        CampusCard campus = registry.requireManageable(actor, campusId);
        Meeting meeting = meeting0(campusId, meetingId);
        checkVersion(meeting, expectedVersion);
        MeetingView before = view(meeting);
        if (!meeting.reschedule(details, clock)) {
            return new Told(List.of(), List.of(), meeting.invitationsSentAt() != null, mailer.configured());
        }
        meetings.saveAndFlush(meeting);
        MeetingView after = view(meeting);
        var diff = new AuditTrail.Diff().field("Date", before.when(), after.when()).field("Lieu", before.place(), after.place())
                .field("Visioconférence", before.videoLink(), after.videoLink()).field("Ordre du jour", before.agenda(), after.agenda())
                .field("Visible par", before.visibility().label(), after.visibility().label());
        audit.record(AUDITED, campusId, "REUNION_MODIFIEE", "Réunion modifiée : " + after.bodyName() + ", " + after.when(), diff.changes());
        return tell(meeting, after, campus, "Réunion modifiée : ", "meeting-changed", Map.of("before", before.when()));
    }

    /**
     * Cancels a planned meeting, on the version the form was opened with; the members already invited receive the
     * cancellation by e-mail after the commit.
     */
    @Transactional
    Told cancel(Actor actor, UUID campusId, UUID meetingId, long expectedVersion, String reason) {
        CampusCard campus = registry.requireManageable(actor, campusId);
        Meeting meeting = meeting0(campusId, meetingId);
        checkVersion(meeting, expectedVersion);
        meeting.cancel(reason, clock);
        meetings.saveAndFlush(meeting);
        MeetingView view = view(meeting);
        List<AuditTrail.Change> changes = new ArrayList<>(List.of(new AuditTrail.Change("Réunion de " + view.bodyName(), view.when(), "annulée")));
        if (view.cancellationReason() != null) {
            changes.add(new AuditTrail.Change("Motif", null, view.cancellationReason()));
        }
        audit.record(AUDITED, campusId, "REUNION_ANNULEE", "Réunion annulée : " + view.bodyName() + ", " + view.when(), changes);
        return tell(meeting, view, campus, "Réunion annulée : ", "meeting-cancelled", Map.of("reason", orEmpty(view.cancellationReason())));
    }

    /** The invitation to the meeting (its cancellation once cancelled), for those who run the campus's life. */
    @Transactional(readOnly = true)
    Mailer.Attachment invitation(Actor actor, UUID campusId, UUID meetingId) {
        CampusCard campus = registry.requireManageable(actor, campusId);
        return invitation(view(meeting0(campusId, meetingId)), campus);
    }

    /** Whether the platform sends e-mails; without, the meeting page offers what still works. */
    boolean sendsMail() {
        return mailer.configured();
    }

    private Mailer.Attachment invitation(MeetingView view, CampusCard campus) {
        String ics = MeetingIcs.write(view, campus.name(), mailer.sender(), Instant.now(clock));
        return new Mailer.Attachment(MeetingIcs.fileName(view), MeetingIcs.contentType(view), ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** E-mails the change to the members invited before, after the commit, each with the new invitation. */
    private Told tell(Meeting meeting, MeetingView view, CampusCard campus, String subject, String template, Map<String, String> extra) {
        boolean invited = meeting.invitationsSentAt() != null;
        if (!invited || !mailer.configured()) {
            return new Told(List.of(), List.of(), invited, mailer.configured());
        }
        Mailing mailing = mailing(view, campus, subject, template, extra);
        mailer.sendAfterCommit(mailing.mails());
        return new Told(mailing.sent(), mailing.notSent(), true, true);
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

    /** What a director reads when the platform sends no e-mail, in words, with what still works. */
    static final String NO_MAIL = "Passerelle n'envoie pas d'e-mails : aucune messagerie n'est reliée à la plateforme. "
            + "Téléchargez l'invitation (fichier .ics) et envoyez-la aux membres depuis votre propre messagerie, avec leurs adresses copiées depuis cette page.";

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void checkVersion(GoverningBody body, long expectedVersion) {
        if (body.version() != expectedVersion) {
            throw new BusinessRuleException(null, "Cette instance a été modifiée par quelqu'un d'autre pendant votre saisie : "
                    + "rechargez la page, vos modifications n'ont pas été enregistrées.");
        }
    }

    private void checkVersion(Meeting meeting, long expectedVersion) {
        if (meeting.version() != expectedVersion) {
            throw new BusinessRuleException(null, "Cette réunion a été modifiée par quelqu'un d'autre pendant votre saisie : "
                    + "rechargez la page, vos modifications n'ont pas été enregistrées.");
        }
    }

    private GoverningBody body(UUID campusId, UUID bodyId) {
        return bodies.findById(bodyId).filter(b -> campusId.equals(b.campusId()))
                .orElseThrow(() -> new BusinessRuleException(null, "Cette instance n'existe pas pour ce campus."));
    }

    private Meeting meeting0(UUID campusId, UUID meetingId) {
        return meetings.findById(meetingId).filter(m -> campusId.equals(m.body().campusId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private BodyView view(GoverningBody body, CampusAudience audience) {
        List<Meeting> all = meetings.findByBody(body.id());
        Set<UUID> people = new LinkedHashSet<>();
        body.memberships().forEach(m -> people.add(m.personId()));
        Map<UUID, Contact> contacts = new java.util.HashMap<>();
        directory.contacts(people).forEach(c -> contacts.put(c.id(), c));
        java.util.function.Function<Membership, MemberView> member = m -> new MemberView(contacts.get(m.personId()), m.startedOn(), m.endedOn(),
                m.seat(), m.college(), m.current() && m.personId().equals(body.chairPersonId()));
        java.util.Comparator<MemberView> byName = java.util.Comparator.comparing(v -> v.person().fullName(), java.text.Collator.getInstance(Locale.FRENCH));
        List<MemberView> seats = body.memberships().stream().filter(Membership::current).filter(m -> contacts.containsKey(m.personId()))
                .map(member).sorted(byName).toList();
        List<MemberView> former = body.memberships().stream().filter(m -> !m.current()).filter(m -> contacts.containsKey(m.personId()))
                .map(member).sorted(java.util.Comparator.comparing(MemberView::endedOn).reversed()).toList();
        LocalDate today = today();
        int firstYear = LocalDate.ofInstant(body.createdAt(), Times.current().zone()).getYear();
        var years = MeetingFrequency.byYear(body.meetingsPerYear(),
                all.stream().filter(m -> m.cancelledAt() == null).map(m -> m.startsAt().toLocalDate()).filter(d -> d.getYear() <= today.getYear()).toList(),
                firstYear, today.getYear());
        return new BodyView(body.id(), body.campusId(), body.kind(), body.name(), directory.contacts(body.members()),
                all.stream().map(this::view).filter(m -> GovernancePermissions.sees(audience, m.visibility(), body.id())).toList(),
                body.version(), seats, former, body.chairPersonId() == null ? null : contacts.get(body.chairPersonId()), body.meetingsPerYear(),
                body.missingSeats(), years);
    }

    /**
     * Ends the seats of a person taken out of the directory, on the day of removal, with a line in the history of each
     * campus concerned. Runs in the transaction of the removal; attendance and survey answers stay as they are.
     */
    @EventListener
    void personRemoved(PersonRemoved removed) {
        record Seat(UUID bodyId, UUID campusId, String bodyName) {
            String entity() {
                return campusId != null ? AUDITED : ScopedBodies.AUDITED;
            }

            UUID entityId() {
                return campusId != null ? campusId : bodyId;
            }
        }
        List<Seat> seats = jdbc.sql("""
                        select b.id, b.campus_id, b.name from body_member m join governing_body b on b.id = m.body_id
                         where m.person_id = ? and m.ended_on is null order by b.name""")
                .param(removed.personId())
                .query((rs, n) -> new Seat(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
        jdbc.sql("update body_member set ended_on = ? where person_id = ? and ended_on is null")
                .params(removed.removedOn(), removed.personId()).update();
        List<Seat> chaired = jdbc.sql("""
                        update governing_body set chair_person_id = null, version = version + 1 where chair_person_id = ?
                        returning id, campus_id, name""")
                .param(removed.personId()).query((rs, n) -> new Seat(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
        for (Seat body : chaired) {
            audit.record(body.entity(), body.entityId(), "INSTANCE_MODIFIEE", "Instance modifiée : " + body.bodyName(),
                    List.of(new AuditTrail.Change("Présidence", removed.fullName(), null)));
        }
        for (Seat seat : seats) {
            audit.record(seat.entity(), seat.entityId(), "MANDAT_TERMINE", "Fin du mandat de " + removed.fullName() + " dans " + seat.bodyName(),
                    List.of(new AuditTrail.Change("Membre de " + seat.bodyName(), removed.fullName() + " (" + removed.organisationName() + ")", null),
                            new AuditTrail.Change("Fin du mandat", null, Times.current().format(removed.removedOn(), DAY) + ", retiré·e de l'annuaire")));
        }
    }

    private MeetingView view(Meeting m) {
        var members = directory.contacts(m.roster());
        return new MeetingView(m.id(), m.body().id(), m.body().name(), m.body().campusId(), m.startsAt(), m.endsAt(), m.place(),
                m.videoLink(), m.agenda(), m.minutes(), m.decisions(), m.invitationsSentAt(), m.version(), members, m.attendance(),
                m.participation().rate(), m.visibility(), m.sequence(), m.cancelledAt(), m.cancellationReason(),
                m.isChangeable(clock), m.isAttendanceOpen(clock));
    }

    private static String rate(Double rate) {
        return rate == null ? null : Math.round(rate * 100) + " %";
    }

    private static String describePlace(Meeting m) {
        return m.place() != null ? ", " + m.place() : ", en visioconférence";
    }
}
