package fr.passerelle.clusters.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.ClusterProfile;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryFixtures;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PasserelleIntegrationTest
class ClusterRegistryTest {

    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(fr.passerelle.platform.Times.current().zone()));
    }

    @Test
    void aCompanyReadsMembersOnlyContentWhileItsMembershipIsActiveAndNotBeforeNorAfter() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "53", "Pôle naval", Sector.MOBILITY);
        UUID current = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chantier actuel", today().minusYears(2));
        UUID former = ClusterFixtures.company(directory, "Ancien adhérent");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), former, null, today().minusYears(3), today().minusDays(1), true);
        UUID future = ClusterFixtures.company(directory, "Futur adhérent");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), future, null, today().plusDays(1), null, true);
        UUID stranger = ClusterFixtures.company(directory, "Jamais adhérent");

        assertThat(clusters.access(TestActors.recruiterOf(current), cluster.id())).isEqualTo(ClusterAccess.MEMBER);
        assertThat(clusters.access(TestActors.memberOf(current), cluster.id())).isEqualTo(ClusterAccess.MEMBER);
        assertThat(clusters.access(TestActors.recruiterOf(former), cluster.id())).isEqualTo(ClusterAccess.PUBLIC);
        assertThat(clusters.access(TestActors.recruiterOf(future), cluster.id())).isEqualTo(ClusterAccess.PUBLIC);
        assertThat(clusters.access(TestActors.recruiterOf(stranger), cluster.id())).isEqualTo(ClusterAccess.PUBLIC);
        assertThat(clusters.access(null, cluster.id())).isEqualTo(ClusterAccess.PUBLIC);
        assertThat(clusters.activeMemberIds(cluster.id())).containsExactly(current);
        assertThat(clusters.activeClustersOf(current)).containsExactly(cluster.id());
        assertThat(clusters.cluster(cluster.id()).orElseThrow().activeMembers()).isEqualTo(1);
        assertThat(clusters.readableClusters(TestActors.recruiterOf(current))).extracting(ClusterCard::id).containsExactly(cluster.id());
        assertThat(clusters.readableClusters(TestActors.recruiterOf(former))).isEmpty();
    }

    @Test
    void endingAMembershipTakesTheRightAwayFromTheNextDay() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "53", "Grappe mécanique");
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Usinage", today().minusYears(1));
        ClusterMember membership = clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 10).members().get(0);

        clusters.endMembership(TestActors.clusterStaffOf(cluster.id()), cluster.id(), membership.membershipId(), today());
        assertThat(clusters.isActiveMember(cluster.id(), company, today())).isTrue();
        assertThat(clusters.isActiveMember(cluster.id(), company, today().plusDays(1))).isFalse();

        clusters.endMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId(), today().minusDays(1));
        assertThat(clusters.access(TestActors.recruiterOf(company), cluster.id())).isEqualTo(ClusterAccess.PUBLIC);
        assertThat(audit.history(ClusterRegistry.AUDITED, cluster.id())).extracting(AuditTrail.Entry::summary)
                .anyMatch(s -> s.startsWith("Fin de l'adhésion de « Usinage"));
        assertThatThrownBy(() -> clusters.removeMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("conservée");
    }

    @Test
    void anOrganisationCannotHoldTwoMembershipsOfOneClusterOnTheSameDay() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "53", "Cluster numérique");
        UUID company = ClusterFixtures.company(directory, "Éditeur");
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), company, null, today().minusYears(2), today().minusYears(1), false);

        assertThatThrownBy(() -> clusters.addMember(TestActors.nationalAdmin(), cluster.id(), company, null, today().minusYears(1), null, false))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("déjà membre sur cette période");
        ClusterMember again = clusters.addMember(TestActors.nationalAdmin(), cluster.id(), company, null, today().minusYears(1).plusDays(1), null, false);
        assertThat(again.active()).isTrue();
        assertThat(clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 10).total()).isEqualTo(2);
        assertThat(clusters.members(TestActors.nationalAdmin(), cluster.id(), null, true, 1, 10).total()).isEqualTo(1);
    }

    @Test
    void staffManageTheMembersOfTheirClusterOnlyAndMembersDoNot() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "53", "Pôle agroalimentaire");
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "53", "Autre pôle");
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Conserverie", today().minusYears(1));
        UUID company = ClusterFixtures.company(directory, "Laiterie");

        ClusterMember added = clusters.addMember(TestActors.clusterStaffOf(cluster.id()), cluster.id(), company, null, today(), null, false);
        assertThat(added.organisationName()).startsWith("Laiterie");

        assertThatThrownBy(() -> clusters.addMember(TestActors.clusterStaffOf(other.id()), cluster.id(), company, null, today(), null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clusters.members(TestActors.recruiterOf(member), cluster.id(), null, false, 1, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clusters.members(TestActors.coordinatorOf("53"), cluster.id(), null, false, 1, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePublicPageListsOnlyActiveMembersWhoAgreedToBeNamed() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "53", "Pôle mer");
        ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Armateur nommé", today().minusYears(1));
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), ClusterFixtures.company(directory, "Discret"), null, today().minusYears(1),
                null, false);
        clusters.addMember(TestActors.nationalAdmin(), cluster.id(), ClusterFixtures.company(directory, "Parti"), null, today().minusYears(2),
                today().minusMonths(1), true);

        assertThat(clusters.listedMembers(cluster.id(), 1, 20).members()).extracting(ClusterMember::organisationName)
                .singleElement().asString().startsWith("Armateur nommé");
    }

    @Test
    void onlyAnOrganisationOfKindClusterIsRegisteredAndOnlyByTheNationOrTheCoPilotsOfItsRegion() {
        UUID company = ClusterFixtures.company(directory, "Pas un cluster");
        assertThatThrownBy(() -> clusters.register(TestActors.nationalAdmin(), company, ClusterFixtures.profile("53")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("n'est pas un pôle ou un cluster");
        UUID organisation = directory.register(TestActors.nationalAdmin(), DirectoryFixtures.organisation(OrganisationKind.CLUSTER, "Pôle régional")).id();
        assertThatThrownBy(() -> clusters.register(TestActors.coordinatorOf("52"), organisation, ClusterFixtures.profile("53")))
                .isInstanceOf(AccessDeniedException.class);
        ClusterCard registered = clusters.register(TestActors.coordinatorOf("53"), organisation, ClusterFixtures.profile("53", Sector.FOOD));
        assertThat(registered.slug()).startsWith("pole-regional-");
        assertThat(clusters.bySlug(registered.slug())).isPresent();
    }

    @Test
    void aProfileSavedByTwoPeopleAtOnceKeepsTheFirstAndRefusesTheSecond() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "53", "Cluster énergie");
        long version = clusters.details(cluster.id()).orElseThrow().version();
        ClusterProfile changed = new ClusterProfile(ClusterKind.COMPETITIVENESS_CLUSTER, "53", "Bretagne et Pays de la Loire",
                List.of(Sector.ENERGY_TRANSITION), null, 4200, 2025, 2006, 18, true);
        clusters.describe(TestActors.clusterStaffOf(cluster.id()), cluster.id(), version, changed);
        assertThatThrownBy(() -> clusters.describe(TestActors.nationalAdmin(), cluster.id(), version, ClusterFixtures.profile("53")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(clusters.details(cluster.id()).orElseThrow().profile()).isEqualTo(changed);
        assertThat(audit.history(ClusterRegistry.AUDITED, cluster.id())).extracting(AuditTrail.Entry::summary).contains("Profil du cluster modifié");
    }
}
