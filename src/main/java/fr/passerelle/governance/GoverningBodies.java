package fr.passerelle.governance;

import fr.passerelle.identity.Actor;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The governing bodies of campuses and their meetings, for other modules (the demo data). Pages, e-mails and
 * exports stay inside governance. Every method checks that the actor runs the campus's life, and is audited.
 */
public interface GoverningBodies {

    /** Constitutes a body of the campus; returns its id. */
    UUID constitute(Actor actor, UUID campusId, BodyKind kind, String name);

    /** Appoints a person of one of the campus's partner organisations to the body, from today. */
    void appoint(Actor actor, UUID campusId, UUID bodyId, UUID personId);

    /**
     * Appoints a person of one of the campus's partner organisations to the body from {@code since} (today at the
     * latest), holding an expected seat of a strategic orientation committee or sitting in a college of a steering
     * committee (both optional, each only for its kind of body).
     */
    void appoint(Actor actor, UUID campusId, UUID bodyId, UUID personId, java.time.LocalDate since, StrategicSeat seat, College college);

    /** Names the chair of the body (one of its members, or nobody) and the number of meetings it should hold a year (or none). */
    void configure(Actor actor, UUID campusId, UUID bodyId, UUID chairPersonId, Integer meetingsPerYear);

    /** Plans a meeting of the body; returns its id. */
    UUID plan(Actor actor, UUID campusId, UUID bodyId, MeetingDetails details);

    /** Records who attended, and the minutes and decisions, of a meeting. */
    void recordOutcome(Actor actor, UUID campusId, UUID meetingId, Map<UUID, AttendanceStatus> attendance, String minutes,
                       String decisions);

    /**
     * Records a satisfaction survey collected outside the platform (on paper): sent to a member who attended, and
     * answered with {@code score} (null when not answered).
     */
    void recordSurvey(Actor actor, UUID campusId, UUID meetingId, UUID personId, LocalDateTime sentAt, Integer score,
                      LocalDateTime answeredAt);
}
