package fr.passerelle.clusters.network;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who opens the back-office list of clusters and one cluster's page. */
class ClusterPagePermissionsTest {

    static final UUID CLUSTER = UUID.randomUUID();

    static Actor role(Role role, String regionCode) {
        return new Actor(UUID.randomUUID(), "x", "X", role, regionCode, null, null, null, null);
    }

    @Test
    void theListIsForThoseWhoRegisterRunCoPilotOrBelongToClusters() {
        assertThat(ClusterPermissions.canListClusters(TestActors.nationalAdmin())).isTrue();
        assertThat(ClusterPermissions.canListClusters(TestActors.coordinatorOf("52"))).isTrue();
        assertThat(ClusterPermissions.canListClusters(role(Role.REGIONAL_COUNCIL, "52"))).isTrue();
        assertThat(ClusterPermissions.canListClusters(TestActors.clusterStaffOf(CLUSTER))).isTrue();
        assertThat(ClusterPermissions.canListClusters(TestActors.recruiterOf(UUID.randomUUID()))).isTrue();
        assertThat(ClusterPermissions.canListClusters(TestActors.memberOf(UUID.randomUUID()))).isTrue();
        assertThat(ClusterPermissions.canListClusters(TestActors.referentOf("09"))).isFalse();
        assertThat(ClusterPermissions.canListClusters(TestActors.directorOf(UUID.randomUUID()))).isFalse();
        assertThat(ClusterPermissions.canListClusters(role(Role.EXPERT, null))).isFalse();
        assertThat(ClusterPermissions.canListClusters(null)).isFalse();
    }

    @Test
    void aClustersPageOpensToItsMembersStaffAdministrationAndTheCoPilotsOfItsRegionOnly() {
        assertThat(ClusterPermissions.canOpen(TestActors.recruiterOf(UUID.randomUUID()), ClusterAccess.MEMBER, "52")).isTrue();
        assertThat(ClusterPermissions.canOpen(TestActors.clusterStaffOf(CLUSTER), ClusterAccess.STAFF, "52")).isTrue();
        assertThat(ClusterPermissions.canOpen(TestActors.nationalAdmin(), ClusterAccess.ADMINISTRATION, "52")).isTrue();
        assertThat(ClusterPermissions.canOpen(TestActors.coordinatorOf("52"), ClusterAccess.PUBLIC, "52")).isTrue();
        assertThat(ClusterPermissions.canOpen(role(Role.REGIONAL_COUNCIL, "84"), ClusterAccess.PUBLIC, "52")).isFalse();
        assertThat(ClusterPermissions.canOpen(TestActors.recruiterOf(UUID.randomUUID()), ClusterAccess.PUBLIC, "52")).isFalse();
        assertThat(ClusterPermissions.canOpen(TestActors.clusterStaffOf(UUID.randomUUID()), ClusterAccess.PUBLIC, "52")).isFalse();
    }
}
