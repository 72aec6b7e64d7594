package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a cluster's HR support, beyond {@link ClusterAccess}: those who run the cluster manage its
 * events and register any active member's people; the people of an active member (a company's recruiter, an
 * institution's partner member) see the events, register their own organisation's people and see or cancel those
 * registrations only; the attendee alone answers the satisfaction survey. Everyone else (non-members, ex-members,
 * other clusters' staff, anonymous visitors) has {@link ClusterAccess#PUBLIC} and nothing here.
 */
final class SupportPermissions {

    private SupportPermissions() {
    }

    /** Plans, changes and cancels events, records attendance, reads every registration and every answer. */
    static boolean manages(ClusterAccess access) {
        return access.runs();
    }

    /** The refusal when one who does not read the cluster's HR support asks for it. */
    static final String READ_REFUSAL = "L'accompagnement RH d'un cluster est réservé à son équipe et aux personnes de ses adhérents.";

    /** {@code access} when it reads the cluster's HR support ({@link #seesEvents}), else refused with {@code refusal}. */
    static ClusterAccess requireReads(ClusterAccess access, String refusal) {
        if (!seesEvents(access)) {
            throw new AccessDeniedException(refusal);
        }
        return access;
    }

    /** {@code access} when it runs the cluster's HR support ({@link #manages}), else refused with {@code refusal}. */
    static ClusterAccess requireManages(ClusterAccess access, String refusal) {
        if (!manages(access)) {
            throw new AccessDeniedException(refusal);
        }
        return access;
    }

    /** Sees the cluster's events, their calendar and feed. */
    static boolean seesEvents(ClusterAccess access) {
        return access.readsMembersOnly();
    }

    /**
     * Registers a person of {@code organisationId}: only while that organisation is an active member; the staff for any
     * such member, a member's person for their own organisation only.
     */
    static boolean registers(Actor actor, ClusterAccess access, UUID organisationId, boolean activeMember) {
        if (actor == null || organisationId == null || !activeMember) {
            return false;
        }
        if (access.runs()) {
            return true;
        }
        return access == ClusterAccess.MEMBER && isMembersPerson(actor) && organisationId.equals(actor.organisationId());
    }

    /** Sees or cancels a registration of {@code registrationOrganisation}: the staff, or the people of that organisation. */
    static boolean handlesRegistration(Actor actor, ClusterAccess access, UUID registrationOrganisation) {
        if (actor == null) {
            return false;
        }
        if (access.runs()) {
            return true;
        }
        return access == ClusterAccess.MEMBER && isMembersPerson(actor) && registrationOrganisation != null
                && registrationOrganisation.equals(actor.organisationId());
    }

    /**
     * Reads an HR diagnosis of {@code diagnosedOrganisation} and its action plan: the staff, or the people of that
     * organisation while it is a member — never another member company.
     */
    static boolean readsDiagnosis(Actor actor, ClusterAccess access, UUID diagnosedOrganisation) {
        return handlesRegistration(actor, access, diagnosedOrganisation);
    }

    /** Whether the actor is the registered person: their account registered, or the staff registered their e-mail. */
    static boolean isAttendee(Actor actor, UUID registrationAccount, String registrationEmail) {
        if (actor == null) {
            return false;
        }
        if (registrationAccount != null && registrationAccount.equals(actor.accountId())) {
            return true;
        }
        return actor.email() != null && registrationEmail != null && actor.email().strip().equalsIgnoreCase(registrationEmail.strip());
    }

    private static boolean isMembersPerson(Actor actor) {
        return actor.is(Role.COMPANY_RECRUITER) || actor.is(Role.PARTNER_MEMBER);
    }
}
