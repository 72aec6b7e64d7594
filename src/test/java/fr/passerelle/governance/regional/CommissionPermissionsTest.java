package fr.passerelle.governance.regional;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommissionPermissionsTest {

    private static final UUID CLUSTER = UUID.randomUUID();
    private static final UUID OTHER_CLUSTER = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID OTHER_PERSON = UUID.randomUUID();

    static Actor actor(Role role, UUID organisation) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, "52", "17", UUID.randomUUID(), organisation, "x@example.fr");
    }

    @Test
    void theNationalAdministratorRunsTheCommissionsOfEveryCluster() {
        Actor admin = actor(Role.NATIONAL_ADMIN, null);
        assertThat(CommissionPermissions.runs(admin, CLUSTER)).isTrue();
        assertThat(CommissionPermissions.reads(admin, OTHER_CLUSTER, Set.of(), List.of())).isTrue();
    }

    @Test
    void theStaffOfAClusterRunItsCommissionsAndNotAnotherClusters() {
        Actor staff = actor(Role.CLUSTER_STAFF, CLUSTER);
        assertThat(CommissionPermissions.runs(staff, CLUSTER)).isTrue();
        assertThat(CommissionPermissions.reads(staff, CLUSTER, Set.of(), List.of())).isTrue();
        assertThat(CommissionPermissions.runs(staff, OTHER_CLUSTER)).isFalse();
        assertThat(CommissionPermissions.reads(staff, OTHER_CLUSTER, Set.of(MEMBER), List.of())).isFalse();
        assertThat(CommissionPermissions.runs(actor(Role.CLUSTER_STAFF, null), CLUSTER)).isFalse();
    }

    @Test
    void aPersonSittingOnACommissionReadsItWithoutRunningIt() {
        for (Role role : Role.values()) {
            if (role == Role.NATIONAL_ADMIN) {
                continue;
            }
            Actor sitting = actor(role, UUID.randomUUID());
            assertThat(CommissionPermissions.reads(sitting, CLUSTER, Set.of(MEMBER), List.of(MEMBER))).as(role.name()).isTrue();
            assertThat(CommissionPermissions.runs(sitting, CLUSTER)).as(role.name()).isFalse();
        }
    }

    @Test
    void everyOtherRoleIsRefusedACommissionTheyDoNotSitOn() {
        for (Role role : Role.values()) {
            if (role == Role.NATIONAL_ADMIN) {
                continue;
            }
            // Even the campus director, the regional co-pilots, a member company's recruiter: a seat is what opens a commission.
            Actor outsider = actor(role, role == Role.CLUSTER_STAFF ? OTHER_CLUSTER : UUID.randomUUID());
            assertThat(CommissionPermissions.reads(outsider, CLUSTER, Set.of(MEMBER), List.of(OTHER_PERSON))).as(role.name()).isFalse();
            assertThat(CommissionPermissions.reads(outsider, CLUSTER, Set.of(MEMBER), List.of())).as(role.name()).isFalse();
        }
    }
}
