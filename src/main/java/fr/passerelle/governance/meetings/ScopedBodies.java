package fr.passerelle.governance.meetings;

import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.StoredFile;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.MeetingParticipations;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Mailer;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import fr.passerelle.platform.UploadedFile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The governing bodies that hang from a région, from a national network of campuses or from a cluster rather than from
 * a campus (ADR 0011): the same {@link GoverningBody} with its dated seats, the same {@link Meeting} with its rules (plan,
 * reschedule, cancel, attendance from the meeting's day, participation by the one definition, minutes), the same
 * invitations (.ics of {@link MeetingIcs}, the same e-mail templates) and minutes files.
 *
 * <p>Inside governance only: it checks that each body and meeting belongs to the {@link Owner} given, not who acts —
 * its callers, the services of {@code governance.regional}, take the actor and check their role and scope
 * ({@code RegionalPermissions}, {@code CommissionPermissions}) before calling, in the same transaction. Every change is audited on the body.
 */
@Service
public class ScopedBodies {

    /** Changes to a regional body or a network's body are audited on the body. */
    public static final String AUDITED = "governing_body";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final GoverningBodyRepository bodies;
    private final MeetingRepository meetings;
    private final Directory directory;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    private final MeetingFollowUp followUp;

    ScopedBodies(GoverningBodyRepository bodies, MeetingRepository meetings, Directory directory, AuditTrail audit, JdbcClient jdbc,
                 Mailer mailer, Clock clock, MeetingFollowUp followUp) {
        this.followUp = followUp;
        this.bodies = bodies;
        this.meetings = meetings;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What the bodies hang from: a région (by its code), a network or a cluster; {@code name} is shown in invitations. */
    public record Owner(String regionCode, UUID networkId, UUID clusterId, String name) {

        public static Owner region(String regionCode, String name) {
            return new Owner(regionCode, null, null, name);
        }

        public static Owner network(UUID networkId, String name) {
            return new Owner(null, networkId, null, name);
        }

        public static Owner cluster(UUID clusterId, String name) {
            return new Owner(null, null, clusterId, name);
        }

        boolean owns(GoverningBody body) {
            if (regionCode != null) {
                return regionCode.equals(body.regionCode());
            }
            if (networkId != null) {
                return networkId.equals(body.networkId());
            }
            return clusterId != null && clusterId.equals(body.clusterId());
        }
    }

    /** A body in a list: its kind, name, sitting members and expected meetings a year. */
    public record BodySummary(UUID id, BodyKind kind, String name, int members, Integer meetingsPerYear) {
    }

    /** A seat on the body: who, since (and until) when, which seat, whether they chair it. */
    public record Seat(Contact person, LocalDate startedOn, LocalDate endedOn, RegionalSeat seat, boolean chair) {

        public String since() {
            return Times.current().format(startedOn, DAY);
        }

        public String until() {
            return endedOn == null ? null : Times.current().format(endedOn, DAY);
        }
    }

    /**
     * A year of the body's life: meetings held or planned (cancelled ones left out), those expected, and the mean
     * participation of the meetings whose attendance was taken (null when none was).
     */
    public record Year(int year, int meetings, Integer expected, Double participation) {

        public boolean belowExpected() {
            return expected != null && meetings < expected;
        }

        public String participationText() {
            return participation == null ? "—" : Math.round(participation * 100) + " %";
        }
    }

    /** A body as its page shows it. */
    public record BodyPage(UUID id, BodyKind kind, String name, String regionCode, UUID networkId, long version, List<Seat> seats,
                           List<Seat> formerMembers, Contact chair, Integer meetingsPerYear, List<Year> years, List<MeetingView> meetings) {
    }

    /** A minutes file or a document of the body. */
    public record FileInfo(UUID id, String title, String fileName, long size, Instant uploadedAt, String uploadedBy) {

        public String displaySize() {
            return UploadedFile.displaySize(size);
        }

        public String uploaded() {
            return Times.current().stamp(uploadedAt);
        }
    }

    /** Who received the invitation, and who could not (no address). */
    public record Invitations(List<String> sent, List<String> notSent) {
    }

    // --- bodies ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<BodySummary> bodies(Owner owner) {
        return jdbc.sql("""
                        select b.id, b.kind, b.name, b.meetings_per_year,
                               (select count(*) from body_member m where m.body_id = b.id and m.ended_on is null)
                          from governing_body b
                         where (b.region_code = :region or b.network_id = :network or b.cluster_id = :cluster) order by b.kind, b.name""")
                .param("region", owner.regionCode()).param("network", owner.networkId()).param("cluster", owner.clusterId())
                .query((rs, n) -> new BodySummary(rs.getObject(1, UUID.class), BodyKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(5), (Integer) rs.getObject(4)))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID constitute(Owner owner, BodyKind kind, String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("name", "Le nom de l'instance est obligatoire.");
        }
        if (Text.longerThan(name, 255)) {
            throw new BusinessRuleException("name", Text.tooLong("Le nom de l'instance", name, 255));
        }
        Instant now = Instant.now(clock);
        GoverningBody body = owner.regionCode() != null ? GoverningBody.constituteForRegion(owner.regionCode(), kind, name, now)
                : owner.networkId() != null ? GoverningBody.constituteForNetwork(owner.networkId(), name, now)
                : GoverningBody.constituteForCluster(owner.clusterId(), kind, name, now);
        bodies.save(body);
        audit.record(AUDITED, body.id(), "INSTANCE_CREEE", "Instance créée : " + body.name() + " — " + owner.name(),
                List.of(new AuditTrail.Change("Instance", null, body.kind().label() + " — " + body.name())));
        return body.id();
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public BodyPage body(Owner owner, UUID bodyId) {
        return page(body0(owner, bodyId));
    }

    /** Appoints a person of the directory from {@code since} (today when null), holding a seat (optional). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appoint(Owner owner, UUID bodyId, UUID personId, LocalDate since, RegionalSeat seat) {
        if (personId == null) {
            throw new BusinessRuleException("personId", "Choisissez une personne de l'annuaire.");
        }
        GoverningBody body = body0(owner, bodyId);
        Contact person = directory.contacts(Set.of(personId)).stream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("personId", "Choisissez une personne de l'annuaire."));
        LocalDate from = since == null ? today() : since;
        body.appoint(personId, from, null, null, seat, today(), person.fullName());
        bodies.saveAndFlush(body);
        List<AuditTrail.Change> changes = new ArrayList<>(List.of(
                new AuditTrail.Change("Membre de " + body.name(), null, person.fullName() + " (" + person.organisationName() + ")"),
                new AuditTrail.Change("Membre depuis le", null, Times.current().format(from, DAY))));
        if (seat != null) {
            changes.add(new AuditTrail.Change("Siège", null, seat.label()));
        }
        audit.record(AUDITED, body.id(), "MEMBRE_NOMME", "Membre ajouté à " + body.name() + " : " + person.fullName(), changes);
    }

    /** Names the chair (a sitting member, or nobody) and the meetings expected a year, on the version the form was opened with. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void configure(Owner owner, UUID bodyId, Long expectedVersion, UUID chairPersonId, Integer meetingsPerYear) {
        GoverningBody body = body0(owner, bodyId);
        if (expectedVersion != null && body.version() != expectedVersion) {
            throw new BusinessRuleException(null, "Cette instance a été modifiée par quelqu'un d'autre pendant votre saisie : "
                    + "rechargez la page, vos modifications n'ont pas été enregistrées.");
        }
        String chairBefore = nameOf(body.chairPersonId());
        Integer perYearBefore = body.meetingsPerYear();
        body.configure(chairPersonId, meetingsPerYear);
        bodies.saveAndFlush(body);
        var diff = new AuditTrail.Diff().field("Présidence", chairBefore, nameOf(chairPersonId))
                .field("Réunions attendues par an", perYearBefore, meetingsPerYear);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, body.id(), "INSTANCE_MODIFIEE", "Instance modifiée : " + body.name(), diff.changes());
        }
    }

    // --- meetings --------------------------------------------------------------------------------------------------

    @Transactional(propagation = Propagation.MANDATORY)
    public MeetingView plan(Owner owner, UUID bodyId, MeetingDetails details) {
        if (bodyId == null) {
            throw new BusinessRuleException("bodyId", "Choisissez l'instance qui se réunit.");
        }
        GoverningBody body = body0(owner, bodyId);
        Meeting meeting = meetings.save(Meeting.plan(body, details));
        MeetingView view = view(meeting);
        audit.record(AUDITED, body.id(), "REUNION_PLANIFIEE", "Réunion planifiée : " + body.name(),
                List.of(new AuditTrail.Change("Réunion de " + body.name(), null, view.when() + (meeting.place() != null ? ", " + meeting.place()
                        : ", en visioconférence"))));
        return view;
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public MeetingView meeting(Owner owner, UUID meetingId) {
        return view(meeting0(owner, meetingId));
    }

    /** The body a meeting belongs to. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public UUID bodyOf(Owner owner, UUID meetingId) {
        return meeting0(owner, meetingId).body().id();
    }

    /**
     * Changes when, where or the agenda of a planned meeting, until it starts, on the version the form was opened with;
     * those invited receive the updated invitation. Returns whether anything changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reschedule(Owner owner, UUID meetingId, long expectedVersion, MeetingDetails details) {
        Meeting meeting = meeting0(owner, meetingId);
        checkVersion(meeting, expectedVersion);
        MeetingView before = view(meeting);
        if (!meeting.reschedule(details, clock)) {
            return false;
        }
        meetings.saveAndFlush(meeting);
        MeetingView after = view(meeting);
        var diff = new AuditTrail.Diff().field("Date", before.when(), after.when()).field("Lieu", before.place(), after.place())
                .field("Visioconférence", before.videoLink(), after.videoLink()).field("Ordre du jour", before.agenda(), after.agenda());
        audit.record(AUDITED, meeting.body().id(), "REUNION_MODIFIEE", "Réunion modifiée : " + after.bodyName() + ", " + after.when(), diff.changes());
        if (meeting.invitationsSentAt() != null && mailer.configured()) {
            mailer.sendAfterCommit(mailing(after, owner, "Réunion modifiée : ", "meeting-changed", Map.of("before", before.when())).mails());
        }
        return true;
    }

    /** Cancels a planned meeting, on the version the form was opened with; those invited receive the cancellation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public MeetingView cancel(Owner owner, UUID meetingId, long expectedVersion, String reason) {
        Meeting meeting = meeting0(owner, meetingId);
        checkVersion(meeting, expectedVersion);
        meeting.cancel(reason, clock);
        meetings.saveAndFlush(meeting);
        MeetingView view = view(meeting);
        List<AuditTrail.Change> changes = new ArrayList<>(List.of(new AuditTrail.Change("Réunion de " + view.bodyName(), view.when(), "annulée")));
        if (view.cancellationReason() != null) {
            changes.add(new AuditTrail.Change("Motif", null, view.cancellationReason()));
        }
        audit.record(AUDITED, meeting.body().id(), "REUNION_ANNULEE", "Réunion annulée : " + view.bodyName() + ", " + view.when(), changes);
        if (meeting.invitationsSentAt() != null && mailer.configured()) {
            mailer.sendAfterCommit(mailing(view, owner, "Réunion annulée : ", "meeting-cancelled",
                    Map.of("reason", view.cancellationReason() == null ? "" : view.cancellationReason())).mails());
        }
        return view;
    }

    /** E-mails the invitation (.ics joined) to every member who has an address, after the commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Invitations invite(Owner owner, UUID meetingId) {
        Meeting meeting = meeting0(owner, meetingId);
        if (!mailer.configured()) {
            throw new BusinessRuleException(null, Governance.NO_MAIL);
        }
        if (meeting.cancelledAt() != null) {
            throw new BusinessRuleException(null, "Cette réunion est annulée : on n'y invite plus.");
        }
        Mailing mailing = mailing(view(meeting), owner, "Invitation : ", "invitation", Map.of());
        if (!mailing.sent().isEmpty()) {
            meeting.invitationsSent(Instant.now(clock));
            audit.record(AUDITED, meeting.body().id(), "INVITATIONS", "Invitations envoyées pour la réunion du "
                    + Times.current().format(meeting.startsAt(), WHEN), List.of(new AuditTrail.Change("Invitations", null, String.join(", ", mailing.sent()))));
            mailer.sendAfterCommit(mailing.mails());
        }
        return new Invitations(mailing.sent(), mailing.notSent());
    }

    /**
     * Sends the satisfaction survey of an ended meeting to the members who attended, as a campus's meetings do
     * ({@link MeetingFollowUp}): a personal link each, once; audited on the body.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Invitations sendSurvey(Owner owner, UUID meetingId) {
        Meeting meeting = meeting0(owner, meetingId);
        MeetingFollowUp.Sending sending = followUp.sendSurvey(view(meeting), AUDITED, meeting.body().id());
        return new Invitations(sending.sent(), sending.notSent());
    }

    /** The satisfaction survey's results of a meeting. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public MeetingSatisfaction satisfaction(Owner owner, UUID meetingId) {
        return followUp.satisfaction(meeting0(owner, meetingId).id());
    }

    /** The invitation to the meeting (its cancellation once cancelled), as a calendar file. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Mailer.Attachment invitation(Owner owner, UUID meetingId) {
        return invitation(view(meeting0(owner, meetingId)), owner);
    }

    /** Whether the platform sends e-mails. */
    public boolean sendsMail() {
        return mailer.configured();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAttendance(Owner owner, UUID meetingId, long expectedVersion, Map<UUID, AttendanceStatus> statuses) {
        Meeting meeting = meeting0(owner, meetingId);
        checkVersion(meeting, expectedVersion);
        Double before = meeting.participation().rate();
        meeting.recordAttendance(statuses, meeting.roster(), clock);
        meetings.saveAndFlush(meeting);
        audit.record(AUDITED, meeting.body().id(), "EMARGEMENT", "Émargement de la réunion du " + Times.current().format(meeting.startsAt(), WHEN),
                List.of(new AuditTrail.Change("Taux de participation", rate(before), rate(meeting.participation().rate()))));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMinutes(Owner owner, UUID meetingId, long expectedVersion, String minutes, String decisions) {
        Meeting meeting = meeting0(owner, meetingId);
        checkVersion(meeting, expectedVersion);
        String typedMinutes = Text.trimToNull(minutes);
        String typedDecisions = Text.trimToNull(decisions);
        var diff = new AuditTrail.Diff().field("Compte rendu", meeting.minutes(), typedMinutes).field("Décisions", meeting.decisions(), typedDecisions);
        meeting.recordMinutes(typedMinutes, typedDecisions);
        meetings.saveAndFlush(meeting);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, meeting.body().id(), "COMPTE_RENDU", "Compte rendu de la réunion du " + Times.current().format(meeting.startsAt(), WHEN),
                    diff.changes());
        }
    }

    /** Joins (or replaces) the minutes file of a meeting: PDF, Word or OpenDocument text, 10 MB at most. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attachMinutes(Owner owner, UUID meetingId, String fileName, byte[] content, String uploadedBy) {
        Meeting meeting = meeting0(owner, meetingId);
        UploadedFile file = checked(fileName, content, MeetingFollowUp.MAX_MINUTES_SIZE, MeetingFollowUp.MINUTES_TYPES);
        jdbc.sql("""
                        insert into meeting_minutes_file (meeting_id, file_name, content_type, file_size, file_data, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (meeting_id) do update set file_name = excluded.file_name, content_type = excluded.content_type,
                            file_size = excluded.file_size, file_data = excluded.file_data, uploaded_at = excluded.uploaded_at,
                            uploaded_by = excluded.uploaded_by""")
                .params(meetingId, file.name(), file.contentType(), file.size(), file.content(), Timestamp.from(Instant.now(clock)), uploadedBy).update();
        audit.record(AUDITED, meeting.body().id(), "COMPTE_RENDU_FICHIER", "Compte rendu joint à la réunion du "
                + Times.current().format(meeting.startsAt(), WHEN), List.of(new AuditTrail.Change("Fichier du compte rendu", null,
                file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<FileInfo> minutesFile(Owner owner, UUID meetingId) {
        meeting0(owner, meetingId);
        return jdbc.sql("select meeting_id, file_name, file_name, file_size, uploaded_at, uploaded_by from meeting_minutes_file where meeting_id = ?")
                .param(meetingId).query(ScopedBodies::fileInfo).optional();
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<StoredFile> minutesContent(Owner owner, UUID meetingId) {
        meeting0(owner, meetingId);
        return jdbc.sql("select file_name, content_type, file_data from meeting_minutes_file where meeting_id = ?").param(meetingId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    // --- the body's own documents ----------------------------------------------------------------------------------

    /** Files a document of the body (office documents and images, 10 MB at most). */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addDocument(Owner owner, UUID bodyId, String title, String fileName, byte[] content, String uploadedBy) {
        GoverningBody body = body0(owner, bodyId);
        String clean = Text.trimToNull(title);
        if (clean == null) {
            throw new BusinessRuleException("title", "L'intitulé du document est obligatoire.");
        }
        if (Text.longerThan(clean, 255)) {
            throw new BusinessRuleException("title", Text.tooLong("L'intitulé du document", clean, 255));
        }
        UploadedFile file = checked(fileName, content, MeetingFollowUp.MAX_MINUTES_SIZE, UploadedFile.DOCUMENTS);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into body_document (id, body_id, title, file_name, file_type, size, content, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, bodyId, clean, file.name(), file.type().name(), file.size(), file.content(), Timestamp.from(Instant.now(clock)),
                        uploadedBy).update();
        audit.record(AUDITED, body.id(), "DOCUMENT_AJOUTE", "Document ajouté à " + body.name() + " : " + clean,
                List.of(new AuditTrail.Change("Document", null, clean + " — " + file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
        return id;
    }

    /** The documents of the body, the latest first. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<FileInfo> documents(Owner owner, UUID bodyId) {
        body0(owner, bodyId);
        return jdbc.sql("select id, title, file_name, size, uploaded_at, uploaded_by from body_document where body_id = ? order by uploaded_at desc, title")
                .param(bodyId).query(ScopedBodies::fileInfo).list();
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<StoredFile> documentContent(Owner owner, UUID documentId) {
        return jdbc.sql("""
                        select d.file_name, d.file_type, d.content, d.body_id from body_document d join governing_body b on b.id = d.body_id
                         where d.id = ? and (b.region_code = ? or b.network_id = ? or b.cluster_id = ?)""")
                .params(documentId, owner.regionCode(), owner.networkId(), owner.clusterId())
                .query((rs, n) -> new StoredFile(rs.getString(1), UploadedFile.FileType.valueOf(rs.getString(2)).mediaType(), rs.getBytes(3)))
                .optional();
    }

    /** The body a document of the owner's bodies belongs to; 404 when it is not one of theirs. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public UUID bodyOfDocument(Owner owner, UUID documentId) {
        return jdbc.sql("select body_id from body_document where id = ?").param(documentId).query(UUID.class).optional()
                .filter(bodyId -> bodies.findById(bodyId).filter(owner::owns).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The people sitting today on each of the owner's bodies, by body (a body with no member is left out). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Map<UUID, Set<UUID>> sitting(Owner owner) {
        Map<UUID, Set<UUID>> sitting = new HashMap<>();
        jdbc.sql("""
                        select b.id, m.person_id from governing_body b join body_member m on m.body_id = b.id
                         where (b.region_code = :region or b.network_id = :network or b.cluster_id = :cluster) and m.ended_on is null""")
                .param("region", owner.regionCode()).param("network", owner.networkId()).param("cluster", owner.clusterId())
                .query((rs, n) -> sitting.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashSet<>()).add(rs.getObject(2, UUID.class)))
                .list();
        return sitting;
    }

    /**
     * How many bodies the owner has, and when the next of their meetings not cancelled starts (null when none is
     * planned); of the bodies given only, when {@code only} is not null.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Overview overview(Owner owner, Set<UUID> only) {
        List<UUID> ids = bodies(owner).stream().map(BodySummary::id).filter(id -> only == null || only.contains(id)).toList();
        if (ids.isEmpty()) {
            return new Overview(0, null);
        }
        java.time.LocalDateTime next = jdbc.sql("""
                        select m.starts_at from meeting m
                         where m.body_id in (:bodies) and m.cancelled_at is null and m.starts_at >= :now
                         order by m.starts_at limit 1""")
                .param("bodies", ids).param("now", Timestamp.valueOf(java.time.LocalDateTime.now(clock.withZone(Times.current().zone()))))
                .query((rs, n) -> rs.getTimestamp(1).toLocalDateTime()).optional().orElse(null);
        return new Overview(ids.size(), next);
    }

    /** How many bodies, and the start of the next meeting of one of them (Paris time), or null. */
    public record Overview(int bodies, java.time.LocalDateTime nextMeeting) {
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static FileInfo fileInfo(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FileInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(),
                rs.getString(6));
    }

    private static UploadedFile checked(String fileName, byte[] content, long maxSize, Set<UploadedFile.FileType> types) {
        try {
            return UploadedFile.check(fileName, content, maxSize, types);
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("file", e.getMessage());
        }
    }

    private record Mailing(List<Mailer.Mail> mails, List<String> sent, List<String> notSent) {
    }

    private Mailing mailing(MeetingView view, Owner owner, String subject, String template, Map<String, String> extra) {
        Mailer.Attachment invitation = invitation(view, owner);
        List<String> sent = new ArrayList<>();
        List<String> notSent = new ArrayList<>();
        List<Mailer.Mail> mails = new ArrayList<>();
        for (Contact member : view.members()) {
            if (member.email() == null) {
                notSent.add(member.fullName() + " (pas d'adresse e-mail)");
                continue;
            }
            Map<String, String> variables = new HashMap<>(Map.of("name", member.fullName(), "bodyName", view.bodyName(), "when", view.when(),
                    "place", orEmpty(view.place()), "videoLink", orEmpty(view.videoLink()), "agenda", orEmpty(view.agenda())));
            variables.putAll(extra);
            mails.add(new Mailer.Mail(member.email(), subject + view.bodyName() + ", " + view.when(), template, variables, List.of(invitation)));
            sent.add(member.fullName());
        }
        return new Mailing(mails, sent, notSent);
    }

    private Mailer.Attachment invitation(MeetingView view, Owner owner) {
        String ics = MeetingIcs.write(view, owner.name(), mailer.sender(), Instant.now(clock));
        return new Mailer.Attachment(MeetingIcs.fileName(view), MeetingIcs.contentType(view), ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private GoverningBody body0(Owner owner, UUID bodyId) {
        return bodies.findById(bodyId).filter(owner::owns).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Meeting meeting0(Owner owner, UUID meetingId) {
        return meetings.findById(meetingId).filter(m -> owner.owns(m.body())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void checkVersion(Meeting meeting, long expectedVersion) {
        if (meeting.version() != expectedVersion) {
            throw new BusinessRuleException(null, "Cette réunion a été modifiée par quelqu'un d'autre pendant votre saisie : "
                    + "rechargez la page, vos modifications n'ont pas été enregistrées.");
        }
    }

    private BodyPage page(GoverningBody body) {
        List<Meeting> all = meetings.findByBody(body.id());
        Set<UUID> people = new LinkedHashSet<>();
        body.memberships().forEach(m -> people.add(m.personId()));
        Map<UUID, Contact> contacts = new HashMap<>();
        directory.contacts(people).forEach(c -> contacts.put(c.id(), c));
        Function<Membership, Seat> seat = m -> new Seat(contacts.get(m.personId()), m.startedOn(), m.endedOn(), m.regionalSeat(),
                m.current() && m.personId().equals(body.chairPersonId()));
        Comparator<Seat> byName = Comparator.comparing(v -> v.person().fullName(), java.text.Collator.getInstance(Locale.FRENCH));
        List<Seat> seats = body.memberships().stream().filter(Membership::current).filter(m -> contacts.containsKey(m.personId()))
                .map(seat).sorted(byName).toList();
        List<Seat> former = body.memberships().stream().filter(m -> !m.current()).filter(m -> contacts.containsKey(m.personId()))
                .map(seat).sorted(Comparator.comparing(Seat::endedOn).reversed()).toList();
        return new BodyPage(body.id(), body.kind(), body.name(), body.regionCode(), body.networkId(), body.version(), seats, former,
                body.chairPersonId() == null ? null : contacts.get(body.chairPersonId()), body.meetingsPerYear(), years(body, all),
                all.stream().map(this::view).toList());
    }

    /** Each year from the body's first meeting (or creation) to this one, newest first. */
    private List<Year> years(GoverningBody body, List<Meeting> all) {
        int current = today().getYear();
        List<Meeting> held = all.stream().filter(m -> m.cancelledAt() == null).toList();
        int first = held.stream().mapToInt(m -> m.startsAt().getYear())
                .min().orElse(LocalDate.ofInstant(body.createdAt(), Times.current().zone()).getYear());
        first = Math.min(first, LocalDate.ofInstant(body.createdAt(), Times.current().zone()).getYear());
        List<Year> years = new ArrayList<>();
        for (int year = current; year >= first; year--) {
            int y = year;
            List<Meeting> ofYear = held.stream().filter(m -> m.startsAt().getYear() == y).toList();
            years.add(new Year(year, ofYear.size(), body.meetingsPerYear(),
                    MeetingParticipations.average(ofYear.stream().map(Meeting::participation).toList())));
        }
        return years;
    }

    private MeetingView view(Meeting m) {
        return new MeetingView(m.id(), m.body().id(), m.body().name(), null, m.startsAt(), m.endsAt(), m.place(), m.videoLink(), m.agenda(),
                m.minutes(), m.decisions(), m.invitationsSentAt(), m.version(), directory.contacts(m.roster()), m.attendance(),
                m.participation().rate(), m.visibility(), m.sequence(), m.cancelledAt(), m.cancellationReason(), m.isChangeable(clock),
                m.isAttendanceOpen(clock));
    }

    private String nameOf(UUID personId) {
        return personId == null ? null : directory.contacts(Set.of(personId)).stream().map(Contact::fullName).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    private static String rate(Double rate) {
        return rate == null ? null : Math.round(rate * 100) + " %";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
