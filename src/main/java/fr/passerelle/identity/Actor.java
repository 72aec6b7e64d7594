package fr.passerelle.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: an account with its role and scope. {@code regionCode} scopes a regional coordinator,
 * {@code academyCode} an academic referent, {@code campusId} an operational director, {@code organisationId} a
 * partner member or a company recruiter, {@code followedCampusIds} the campuses a DREETS correspondent follows. {@code email}
 * ties the account to the people of the directory (members of a governing body).
 */
public record Actor(UUID accountId, String username, String displayName, Role role, String regionCode,
                    String academyCode, UUID campusId, UUID organisationId, String email, Set<UUID> followedCampusIds) {

    public Actor {
        followedCampusIds = followedCampusIds == null ? Set.of() : Set.copyOf(followedCampusIds);
    }

    /** An actor who follows no campus of their own. */
    public Actor(UUID accountId, String username, String displayName, Role role, String regionCode, String academyCode, UUID campusId,
                 UUID organisationId, String email) {
        this(accountId, username, displayName, role, regionCode, academyCode, campusId, organisationId, email, Set.of());
    }

    /** Whether the actor is the DREETS correspondent of this campus. */
    public boolean follows(UUID campus) {
        return role == Role.LABOUR_CORRESPONDENT && campus != null && followedCampusIds.contains(campus);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isNationalAdmin() {
        return role == Role.NATIONAL_ADMIN;
    }
}
