package fr.passerelle.jobs.offers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferPermissionsTest {

    final UUID company = UUID.randomUUID();
    final UUID cluster = UUID.randomUUID();
    final UUID otherCluster = UUID.randomUUID();

    @Test
    void aRecruiterOfAnActiveMemberPostsThroughItsCluster() {
        assertThat(OfferPermissions.manages(TestActors.recruiterOf(company), company, cluster, Set.of(cluster), ClusterAccess.MEMBER)).isTrue();
    }

    @Test
    void aRecruiterOfAnotherCompanyDoesNotPostForThisOne() {
        Actor other = TestActors.recruiterOf(UUID.randomUUID());
        assertThat(OfferPermissions.manages(other, company, cluster, Set.of(cluster), ClusterAccess.PUBLIC)).isFalse();
        assertThat(OfferPermissions.manages(other, company, cluster, Set.of(cluster), ClusterAccess.MEMBER)).isFalse();
    }

    @Test
    void aCompanyOutsideTheClusterOrWhoseMembershipEndedDoesNotPost() {
        Actor recruiter = TestActors.recruiterOf(company);
        assertThat(OfferPermissions.manages(recruiter, company, cluster, Set.of(), ClusterAccess.PUBLIC)).isFalse();
        assertThat(OfferPermissions.manages(recruiter, company, cluster, Set.of(otherCluster), ClusterAccess.PUBLIC)).isFalse();
    }

    @Test
    void theStaffOfTheClusterPostForItsActiveMembersOnly() {
        Actor staff = TestActors.clusterStaffOf(cluster);
        assertThat(OfferPermissions.manages(staff, company, cluster, Set.of(cluster), ClusterAccess.STAFF)).isTrue();
        assertThat(OfferPermissions.manages(staff, company, cluster, Set.of(), ClusterAccess.STAFF)).isFalse();
    }

    @Test
    void anotherClustersStaffDoesNotPostForThisClustersMembers() {
        Actor staff = TestActors.clusterStaffOf(otherCluster);
        assertThat(OfferPermissions.manages(staff, company, cluster, Set.of(cluster, otherCluster), ClusterAccess.PUBLIC)).isFalse();
        // even a company member of both clusters: the offer posted through this cluster is not theirs
        assertThat(OfferPermissions.manages(staff, company, cluster, Set.of(cluster, otherCluster), ClusterAccess.STAFF)).isFalse();
    }

    @Test
    void theNationalAdministrationManagesEveryMembersOffers() {
        assertThat(OfferPermissions.manages(TestActors.nationalAdmin(), company, cluster, Set.of(cluster), ClusterAccess.ADMINISTRATION)).isTrue();
    }

    @Test
    void campusesPartnersAndTheAnonymousDoNotPost() {
        assertThat(OfferPermissions.manages(TestActors.directorOf(UUID.randomUUID()), company, cluster, Set.of(cluster), ClusterAccess.PUBLIC)).isFalse();
        assertThat(OfferPermissions.manages(TestActors.memberOf(company), company, cluster, Set.of(cluster), ClusterAccess.MEMBER)).isFalse();
        assertThat(OfferPermissions.manages(null, company, cluster, Set.of(cluster), ClusterAccess.PUBLIC)).isFalse();
    }

    @Test
    void onlyRecruitersClusterStaffAndTheAdministrationHaveAListOfOffers() {
        assertThat(OfferPermissions.hasOffers(TestActors.recruiterOf(company))).isTrue();
        assertThat(OfferPermissions.hasOffers(TestActors.clusterStaffOf(cluster))).isTrue();
        assertThat(OfferPermissions.hasOffers(TestActors.nationalAdmin())).isTrue();
        assertThat(OfferPermissions.hasOffers(TestActors.directorOf(UUID.randomUUID()))).isFalse();
        assertThat(OfferPermissions.hasOffers(new Actor(UUID.randomUUID(), "x", "x", Role.COMPANY_RECRUITER, null, null, null, null, null))).isFalse();
        assertThat(OfferPermissions.hasOffers(null)).isFalse();
    }
}
