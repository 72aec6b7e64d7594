package fr.passerelle.governance.meetings;

import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.platform.BusinessRuleException;
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
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A meeting of a governing body: when and where, its agenda, who attended, its minutes and decisions. */
@Entity
@Table(name = "meeting")
class Meeting {

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
        meeting.reschedule(details);
        return meeting;
    }

    void reschedule(MeetingDetails details) {
        details.check();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = details.place();
        this.videoLink = details.videoLink();
        this.agenda = details.agenda();
        this.visibility = details.visibility();
    }

    /** Records who attended; only members of the body can be recorded. */
    void recordAttendance(Map<UUID, AttendanceStatus> statuses, Set<UUID> members) {
        for (UUID person : statuses.keySet()) {
            if (!members.contains(person)) {
                throw new BusinessRuleException(null, "Seuls les membres de l'instance peuvent être émargés.");
            }
        }
        attendance.clear();
        attendance.putAll(statuses);
    }

    void recordMinutes(String minutes, String decisions) {
        this.minutes = minutes;
        this.decisions = decisions;
    }

    void invitationsSent(Instant when) {
        this.invitationsSentAt = when;
    }

    /** Present members over members of the body, or null before attendance is recorded. */
    Double participationRate(int memberCount) {
        if (attendance.isEmpty() || memberCount == 0) {
            return null;
        }
        long present = attendance.values().stream().filter(s -> s == AttendanceStatus.PRESENT).count();
        return (double) present / memberCount;
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

    Map<UUID, AttendanceStatus> attendance() {
        return Map.copyOf(attendance);
    }
}
