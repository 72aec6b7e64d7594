package fr.passerelle.clusters;

import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Multi-session support programmes of a cluster run in cohorts (issue 14, item 5; source 004 « Fiche 2 »): a programme
 * has cohorts of active member companies that meet in collective sessions (attendance per company) and are then
 * followed individually. Kept by those who run the cluster ({@link Clusters#access}), every change audited. Each
 * change of a cohort is refused when {@code expectedVersion} is stale and raises the cohort's version by one; adding a
 * cohort raises the programme's version by one.
 */
public interface HrProgrammes {

    /** Creates a programme of the cluster (its staff). @return the programme's id */
    UUID createProgramme(Actor actor, UUID clusterId, String title, String theme, String description, String partners);

    /** Adds a cohort to the programme. @return the cohort's id */
    UUID addCohort(Actor actor, UUID programmeId, long expectedVersion, String name);

    /** Adds an active member company of the cluster to the cohort. */
    void addCompany(Actor actor, UUID cohortId, long expectedVersion, UUID organisationId);

    /** Removes a company from the cohort, with its attendance and follow-ups in that cohort. */
    void removeCompany(Actor actor, UUID cohortId, long expectedVersion, UUID organisationId);

    /** Plans a collective session of the cohort. @return the session's id */
    UUID planSession(Actor actor, UUID cohortId, long expectedVersion, LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic);

    /** Records, once the session has begun, which of the cohort's companies came: those in {@code present}. */
    void recordAttendance(Actor actor, UUID cohortId, UUID sessionId, long expectedVersion, Set<UUID> present);

    /** Records an individual follow-up session of a company of the cohort. @return its id */
    UUID addFollowUp(Actor actor, UUID cohortId, long expectedVersion, UUID organisationId, LocalDate heldOn, String consultant, String notes);
}
