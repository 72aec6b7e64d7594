package fr.passerelle.clusters.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterAccess;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgrammePermissionsTest {

    private final UUID cluster = UUID.randomUUID();
    private final UUID company = UUID.randomUUID();
    private final UUID otherCompany = UUID.randomUUID();

    @Test
    void onlyThoseWhoRunTheClusterManageItsProgrammes() {
        assertThat(ProgrammePermissions.manages(ClusterAccess.STAFF)).isTrue();
        assertThat(ProgrammePermissions.manages(ClusterAccess.ADMINISTRATION)).isTrue();
        assertThat(ProgrammePermissions.manages(ClusterAccess.MEMBER)).isFalse();
        assertThat(ProgrammePermissions.manages(ClusterAccess.PUBLIC)).isFalse();
    }

    @Test
    void aMemberCompanyReadsACohortOnlyWhenItIsInIt() {
        assertThat(ProgrammePermissions.readsCohort(TestActors.recruiterOf(company), ClusterAccess.MEMBER, Set.of(company))).isTrue();
        assertThat(ProgrammePermissions.readsCohort(TestActors.memberOf(company), ClusterAccess.MEMBER, Set.of(company))).isTrue();
        assertThat(ProgrammePermissions.readsCohort(TestActors.recruiterOf(company), ClusterAccess.MEMBER, Set.of(otherCompany))).isFalse();
        assertThat(ProgrammePermissions.readsCohort(TestActors.recruiterOf(company), ClusterAccess.PUBLIC, Set.of(company))).isFalse();
        assertThat(ProgrammePermissions.readsCohort(TestActors.clusterStaffOf(cluster), ClusterAccess.STAFF, Set.of())).isTrue();
        assertThat(ProgrammePermissions.readsCohort(null, ClusterAccess.PUBLIC, Set.of(company))).isFalse();
    }

    @Test
    void aCompanyReadsItsOwnProgressAndFollowUpsOnly() {
        assertThat(ProgrammePermissions.readsCompany(TestActors.recruiterOf(company), ClusterAccess.MEMBER, company)).isTrue();
        assertThat(ProgrammePermissions.readsCompany(TestActors.recruiterOf(company), ClusterAccess.MEMBER, otherCompany)).isFalse();
        assertThat(ProgrammePermissions.readsCompany(TestActors.clusterStaffOf(cluster), ClusterAccess.STAFF, otherCompany)).isTrue();
        assertThat(ProgrammePermissions.readsCompany(TestActors.recruiterOf(company), ClusterAccess.PUBLIC, company)).isFalse();
    }
}
