package fr.passerelle.clusters.network;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterMembershipRepository extends JpaRepository<ClusterMembership, UUID> {

    List<ClusterMembership> findByClusterIdAndOrganisationId(UUID clusterId, UUID organisationId);
}
