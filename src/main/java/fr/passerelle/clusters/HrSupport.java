package fr.passerelle.clusters;

import fr.passerelle.identity.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The HR support a cluster offers its members (issue 14, item 5): collective events — workshops, HR breakfasts,
 * conferences, seminars, monthly clubs — that the people of member companies register to, accepting the event's
 * charter, and whose attendance and satisfaction the staff follow; HR diagnoses of member companies with their action
 * plans. Every act is checked against the actor through
 * {@link Clusters#access} and audited.
 */
public interface HrSupport {

    /** Plans an event of the cluster (its staff). @return the event's id */
    UUID planEvent(Actor actor, UUID clusterId, SupportEventDetails details);

    /**
     * Registers a person of an active member organisation: the person themselves (a recruiter or partner member of
     * that organisation) or the cluster's staff. Refused when the event is full, cancelled or begun, or when its
     * charter is not accepted. @return the registration's id
     */
    UUID register(Actor actor, UUID eventId, UUID organisationId, String fullName, String email, boolean charterAccepted);

    /** Records, after the event, who came: the registrations in {@code present} came, the others did not (its staff). */
    void recordAttendance(Actor actor, UUID eventId, long expectedVersion, Set<UUID> present);

    /** The attendee's answer to the event's satisfaction survey, a score from 1 to 5 and a comment. */
    void answerSatisfaction(Actor actor, UUID registrationId, int score, String comment);

    /** The next events the actor may open, of every cluster whose members-only content they read, at most {@code limit}. */
    List<UpcomingEvent> upcoming(Actor actor, int limit);

    /**
     * Opens the HR diagnosis of an active member company, conducted by {@code consultant} (a consultant, a partner such
     * as the Apec) over {@code days} days (by half-days) between the two dates (its staff). @return the diagnosis's id
     */
    UUID openDiagnosis(Actor actor, UUID clusterId, UUID organisationId, String consultant, LocalDate startsOn, LocalDate endsOn,
                       BigDecimal days, String summary);

    /** A finding of the diagnosis on one theme (its staff). */
    void addFinding(Actor actor, UUID clusterId, UUID diagnosisId, DiagnosisTheme theme, String finding);

    /** An action of the diagnosis's action plan, planned, with its owner and due date (its staff). */
    void addAction(Actor actor, UUID clusterId, UUID diagnosisId, String title, String owner, LocalDate dueOn);

    /** The themes of an HR diagnosis's findings. */
    enum DiagnosisTheme {
        RECRUITMENT("Recrutement"),
        HR_TOOLS("Outils RH"),
        SKILLS("Compétences et transmission"),
        TRAINING("Formation"),
        MANAGEMENT("Management"),
        INTERNAL_COMMUNICATION("Communication interne"),
        OTHER("Autre");

        private final String label;

        DiagnosisTheme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An event to come, as a landing page lists it. */
    record UpcomingEvent(UUID id, UUID clusterId, String clusterName, SupportEventKind kind, String title, LocalDateTime startsAt,
                         String place, int seatsLeft, boolean registered) {

        public String path() {
            return "/gestion/clusters/" + clusterId + "/accompagnement/evenements/" + id;
        }
    }
}
