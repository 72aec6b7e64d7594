package fr.passerelle.governance;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The participation in one meeting, by the one definition the platform uses everywhere (meeting page and PDF, the
 * dossier, indicators): the members present over the members of the body on the meeting's date. Those members are the
 * people whose seat had started and not ended that day, and anyone recorded in the attendance (who sat on the body
 * then, whatever became of their seat since). Appointing a member later changes nothing to a past meeting.
 *
 * @param members  how many sat on the body on the meeting's date
 * @param present  how many of them were present
 * @param recorded whether attendance was taken; without it there is no rate
 */
public record Participation(UUID meetingId, UUID bodyId, LocalDate date, int members, int present, boolean recorded) {

    public static Participation of(UUID meetingId, UUID bodyId, LocalDate date, Map<UUID, AttendanceStatus> attendance,
                                   Set<UUID> membersOnDate) {
        Set<UUID> members = new LinkedHashSet<>(membersOnDate);
        members.addAll(attendance.keySet());
        int present = (int) attendance.values().stream().filter(s -> s == AttendanceStatus.PRESENT).count();
        return new Participation(meetingId, bodyId, date, members.size(), present, !attendance.isEmpty());
    }

    /** Present over members, between 0 and 1; null before attendance is taken or for a body without members. */
    public Double rate() {
        return !recorded || members == 0 ? null : (double) present / members;
    }

    /** The rate in French, « 75 % », or « non émargée ». */
    public String text() {
        Double rate = rate();
        return rate == null ? "non émargée" : Math.round(rate * 100) + " %";
    }
}
