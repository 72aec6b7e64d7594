package fr.passerelle.identity;

import java.util.UUID;

/**
 * Who is acting: an account with its role and scope. {@code regionCode} scopes a regional coordinator,
 * {@code academyCode} an academic referent, {@code campusId} an operational director, {@code organisationId} a
 * partner member or a company recruiter. {@code email}
 * ties the account to the people of the directory (members of a governing body).
 */
public record Actor(UUID accountId, String username, String displayName, Role role, String regionCode,
                    String academyCode, UUID campusId, UUID organisationId, String email) {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isNationalAdmin() {
        return role == Role.NATIONAL_ADMIN;
    }
}
