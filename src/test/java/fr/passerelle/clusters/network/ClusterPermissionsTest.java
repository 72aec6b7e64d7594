package fr.passerelle.clusters.network;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClusterPermissionsTest {

    private final UUID cluster = UUID.randomUUID();
    private final UUID company = UUID.randomUUID();

    @Test
    void theNationalAdministrationDoesEverything() {
        assertThat(ClusterPermissions.access(TestActors.nationalAdmin(), cluster, false)).isEqualTo(ClusterAccess.ADMINISTRATION);
        assertThat(ClusterPermissions.canManageMembers(TestActors.nationalAdmin(), cluster)).isTrue();
    }

    @Test
    void staffRunTheirOwnClusterAndNoOther() {
        assertThat(ClusterPermissions.access(TestActors.clusterStaffOf(cluster), cluster, false)).isEqualTo(ClusterAccess.STAFF);
        assertThat(ClusterPermissions.canManageMembers(TestActors.clusterStaffOf(cluster), cluster)).isTrue();
        assertThat(ClusterPermissions.access(TestActors.clusterStaffOf(UUID.randomUUID()), cluster, false)).isEqualTo(ClusterAccess.PUBLIC);
        assertThat(ClusterPermissions.canManageMembers(TestActors.clusterStaffOf(UUID.randomUUID()), cluster)).isFalse();
    }

    @Test
    void thePeopleOfAnActiveMemberReadMembersOnlyContentWithoutRunningTheCluster() {
        for (Actor actor : new Actor[] {TestActors.recruiterOf(company), TestActors.memberOf(company)}) {
            ClusterAccess access = ClusterPermissions.access(actor, cluster, true);
            assertThat(access).isEqualTo(ClusterAccess.MEMBER);
            assertThat(access.readsMembersOnly()).isTrue();
            assertThat(access.runs()).isFalse();
            assertThat(ClusterPermissions.canManageMembers(actor, cluster)).isFalse();
        }
    }

    @Test
    void aCompanyWhoseMembershipIsNotActiveReadsThePublicPageOnly() {
        ClusterAccess access = ClusterPermissions.access(TestActors.recruiterOf(company), cluster, false);
        assertThat(access).isEqualTo(ClusterAccess.PUBLIC);
        assertThat(access.readsMembersOnly()).isFalse();
    }

    @Test
    void anonymousVisitorsAndCampusRolesReadThePublicPageOnly() {
        assertThat(ClusterPermissions.access(null, cluster, true)).isEqualTo(ClusterAccess.PUBLIC);
        for (Role role : new Role[] {Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL, Role.ACADEMY_REFERENT, Role.OPERATIONAL_DIRECTOR,
                Role.EXPERT, Role.LABOUR_CORRESPONDENT}) {
            Actor actor = new Actor(UUID.randomUUID(), "x", "x", role, "53", "14", UUID.randomUUID(), company, null);
            assertThat(ClusterPermissions.access(actor, cluster, true)).as(role.name()).isEqualTo(ClusterAccess.PUBLIC);
        }
    }

    @Test
    void theCoPilotsOfTheRegionRegisterAndDescribeItsClustersButNotThoseOfAnother() {
        Actor coordinator = TestActors.coordinatorOf("53");
        Actor council = new Actor(UUID.randomUUID(), "cr", "Conseil régional", Role.REGIONAL_COUNCIL, "53", null, null, null, null);
        assertThat(ClusterPermissions.canRegister(coordinator, "53")).isTrue();
        assertThat(ClusterPermissions.canRegister(council, "53")).isTrue();
        assertThat(ClusterPermissions.canEditProfile(coordinator, cluster, "53")).isTrue();
        assertThat(ClusterPermissions.canRegister(coordinator, "52")).isFalse();
        assertThat(ClusterPermissions.canEditProfile(coordinator, cluster, "52")).isFalse();
        assertThat(ClusterPermissions.canManageMembers(coordinator, cluster)).isFalse();
        assertThat(ClusterPermissions.canRegister(TestActors.clusterStaffOf(cluster), "53")).isFalse();
        assertThat(ClusterPermissions.canEditProfile(TestActors.clusterStaffOf(cluster), cluster, "53")).isTrue();
    }
}
