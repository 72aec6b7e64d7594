package fr.passerelle.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Only a candidate has alerts, and only their own. */
class AlertPermissionsTest {

    static Actor of(Role role) {
        return new Actor(UUID.randomUUID(), "u", "U", role, null, null, null, null, "u@example.fr", Set.of());
    }

    @Test
    void onlyACandidateMayHaveAlerts() {
        for (Role role : Role.values()) {
            assertThat(AlertPermissions.mayHaveAlerts(of(role))).as(role.name()).isEqualTo(role == Role.CANDIDATE);
        }
        assertThat(AlertPermissions.mayHaveAlerts(null)).isFalse();
        assertThatThrownBy(() -> AlertPermissions.requireCandidate(of(Role.COMPANY_RECRUITER))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCandidateOwnsOnlyTheAlertsOfTheirProfile() {
        UUID mine = UUID.randomUUID();
        assertThat(AlertPermissions.owns(mine, mine)).isTrue();
        assertThat(AlertPermissions.owns(mine, UUID.randomUUID())).isFalse();
        assertThat(AlertPermissions.owns(null, mine)).isFalse();
    }
}
