package fr.passerelle.governance.meetings;

import fr.passerelle.directory.Contact;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.Visibility;
import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting of a governing body as pages, e-mails, invitations (.ics) and the PDF show it, whatever the body hangs
 * from: {@code campusId} is null for a meeting of a regional body or of a network.
 */
public record MeetingView(UUID id, UUID bodyId, String bodyName, UUID campusId, java.time.LocalDateTime startsAt,
                          java.time.LocalDateTime endsAt, String place, String videoLink, String agenda, String minutes,
                          String decisions, Instant invitationsSentAt, long version, List<Contact> members,
                          Map<UUID, AttendanceStatus> attendance, Double participationRate, Visibility visibility, int sequence,
                          Instant cancelledAt, String cancellationReason, boolean changeable, boolean attendanceOpen) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    public String when() {
        return Times.current().format(startsAt, WHEN) + " – " + Times.current().format(endsAt, DateTimeFormatter.ofPattern("HH'h'mm"));
    }

    public String participation() {
        return participationRate == null ? "non émargée" : Math.round(participationRate * 100) + " %";
    }

    public AttendanceStatus statusOf(UUID personId) {
        return attendance.get(personId);
    }

    /**
     * The minutes as safe HTML (they are typed in Markdown), shown in a section whose heading is of level
     * {@code sectionLevel}: their own headings come below it.
     */
    public String minutesHtml(int sectionLevel) {
        return fr.passerelle.platform.RichText.html(minutes, sectionLevel);
    }

    public String decisionsHtml(int sectionLevel) {
        return fr.passerelle.platform.RichText.html(decisions, sectionLevel);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** The members' addresses, for those who write to them from their own mailbox. */
    public List<String> emails() {
        return members.stream().map(Contact::email).filter(java.util.Objects::nonNull).toList();
    }

    /** The members who have no e-mail address, whom only the campus team can tell. */
    public List<String> withoutEmail() {
        return members.stream().filter(m -> m.email() == null).map(Contact::fullName).toList();
    }

    public boolean isOver(java.time.LocalDateTime now) {
        return !endsAt.isAfter(now);
    }
}
