package fr.passerelle.governance.meetings;

import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Participation;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Clock;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting of a governing body: when and where, its agenda, who attended, its minutes and decisions. Until it starts,
 * a planned meeting can be rescheduled or cancelled, each change raising the sequence its invitations carry;
 * attendance is taken from the meeting's day on, and never for a cancelled meeting.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    private GoverningBody body;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String videoLink;
    @Column(columnDefinition = "text")
    private String agenda;
    @Column(columnDefinition = "text")
    private String minutes;
    @Column(columnDefinition = "text")
    private String decisions;
    private Instant invitationsSentAt;
    private int sequence;
    private Instant cancelledAt;
    private String cancellationReason;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "status")
    @Enumerated(EnumType.STRING)
    private Map<UUID, AttendanceStatus> attendance = new HashMap<>();

    protected Meeting() {
    }

    static Meeting plan(GoverningBody body, MeetingDetails details) {
        details.check();
        var meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.body = body;
        meeting.apply(details);
        return meeting;
    }

    /**
     * Changes when, where, the agenda or who may see the meeting, until it starts; a change raises the sequence of its
     * invitations. Returns false when nothing changed.
     */
    boolean reschedule(MeetingDetails details, Clock clock) {
        requireChangeable(clock, "modifiée");
        details.check();
        if (sameAs(details)) {
            return false;
        }
        apply(details);
        sequence++;
        return true;
    }

    /** Cancels the meeting, until it starts, with the reason given to the members (optional). */
    void cancel(String reason, Clock clock) {
        requireChangeable(clock, "annulée");
        if (Text.longerThan(reason, 500)) {
            throw new BusinessRuleException("reason", Text.tooLong("Le motif", reason, 500));
        }
        this.cancelledAt = Instant.now(clock);
        this.cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
        sequence++;
    }

    /** Whether the meeting can still be rescheduled or cancelled: it is not cancelled and has not started. */
    boolean isChangeable(Clock clock) {
        return cancelledAt == null && now(clock).isBefore(startsAt);
    }

    /** Whether attendance can be taken: from the meeting's day on, unless it was cancelled. */
    boolean isAttendanceOpen(Clock clock) {
        return cancelledAt == null && !now(clock).toLocalDate().isBefore(startsAt.toLocalDate());
    }

    /** The time of France, which the meeting's times are written in. */
    private static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(PARIS));
    }

    private void requireChangeable(Clock clock, String act) {
        if (cancelledAt != null) {
            throw new BusinessRuleException(null, "Cette réunion est annulée : elle ne peut plus être " + act + ".");
        }
        if (!now(clock).isBefore(startsAt)) {
            throw new BusinessRuleException(null, "Cette réunion a commencé : elle ne peut plus être " + act + ".");
        }
    }

    private boolean sameAs(MeetingDetails details) {
        return details.startsAt().equals(startsAt) && details.endsAt().equals(endsAt) && Objects.equals(details.place(), place)
                && Objects.equals(details.videoLink(), videoLink) && Objects.equals(details.agenda(), agenda)
                && details.visibility() == visibility;
    }

    private void apply(MeetingDetails details) {
        details.check();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = details.place();
        this.videoLink = details.videoLink();
        this.agenda = details.agenda();
        this.visibility = details.visibility();
    }

    /** Records who attended, from the meeting's day on; only members of the body on the meeting's date can be recorded. */
    void recordAttendance(Map<UUID, AttendanceStatus> statuses, Set<UUID> members, Clock clock) {
        if (cancelledAt != null) {
            throw new BusinessRuleException(null, "Cette réunion est annulée : il n'y a pas d'émargement.");
        }
        if (!isAttendanceOpen(clock)) {
            throw new BusinessRuleException(null, "L'émargement s'ouvre le jour de la réunion, le "
                    + DAY.format(startsAt) + ".");
        }
        for (UUID person : statuses.keySet()) {
            if (!members.contains(person)) {
                throw new BusinessRuleException(null, "Seuls les membres de l'instance à la date de la réunion peuvent être émargés.");
            }
        }
        attendance.clear();
        attendance.putAll(statuses);
    }

    void recordMinutes(String minutes, String decisions) {
        if (cancelledAt != null) {
            throw new BusinessRuleException(null, "Cette réunion est annulée : elle n'a pas de compte rendu.");
        }
        this.minutes = minutes;
        this.decisions = decisions;
    }

    void invitationsSent(Instant when) {
        if (cancelledAt != null) {
            throw new BusinessRuleException(null, "Cette réunion est annulée : on n'y invite plus.");
        }
        this.invitationsSentAt = when;
    }

    /**
     * The participation in this meeting, by the platform's one definition ({@link Participation}): present over the
     * members of the body on the meeting's date.
     */
    Participation participation() {
        LocalDate day = startsAt.toLocalDate();
        return Participation.of(id, body.id(), day, attendance, body.membersOn(day));
    }

    /** Those who sat on the body on the meeting's date, and anyone recorded in its attendance. */
    Set<UUID> roster() {
        Set<UUID> roster = new LinkedHashSet<>(body.membersOn(startsAt.toLocalDate()));
        roster.addAll(attendance.keySet());
        return roster;
    }

    UUID id() {
        return id;
    }

    GoverningBody body() {
        return body;
    }

    long version() {
        return version;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    LocalDateTime endsAt() {
        return endsAt;
    }

    String place() {
        return place;
    }

    String videoLink() {
        return videoLink;
    }

    String agenda() {
        return agenda;
    }

    String minutes() {
        return minutes;
    }

    String decisions() {
        return decisions;
    }

    Visibility visibility() {
        return visibility;
    }

    Instant invitationsSentAt() {
        return invitationsSentAt;
    }

    int sequence() {
        return sequence;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String cancellationReason() {
        return cancellationReason;
    }

    Map<UUID, AttendanceStatus> attendance() {
        return Map.copyOf(attendance);
    }
}
