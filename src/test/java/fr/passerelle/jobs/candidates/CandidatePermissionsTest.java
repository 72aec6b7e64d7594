package fr.passerelle.jobs.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class CandidatePermissionsTest {

    static Actor of(Role role) {
        return new Actor(UUID.randomUUID(), "x", "X", role, "52", "17", UUID.randomUUID(), UUID.randomUUID(), "x@example.fr");
    }

    @Test
    void onlyACandidateHasASpace() {
        for (Role role : Role.values()) {
            assertThat(CandidatePermissions.hasSpace(of(role))).as(role.name()).isEqualTo(role == Role.CANDIDATE);
        }
        assertThat(CandidatePermissions.hasSpace(null)).isFalse();
    }

    @Test
    void anyOtherRoleIsRefused() {
        assertThatThrownBy(() -> CandidatePermissions.requireCandidate(of(Role.COMPANY_RECRUITER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CandidatePermissions.requireCandidate(of(Role.NATIONAL_ADMIN))).isInstanceOf(AccessDeniedException.class);
        CandidatePermissions.requireCandidate(of(Role.CANDIDATE));
    }

    @Test
    void aCandidateOwnsTheirOwnProfileOnly() {
        Actor candidate = of(Role.CANDIDATE);
        assertThat(CandidatePermissions.owns(candidate, candidate.accountId())).isTrue();
        assertThat(CandidatePermissions.owns(candidate, UUID.randomUUID())).isFalse();
        assertThat(CandidatePermissions.owns(of(Role.NATIONAL_ADMIN), UUID.randomUUID())).isFalse();
    }
}
