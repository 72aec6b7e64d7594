package fr.passerelle.clusters.network;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BranchRepository extends JpaRepository<Branch, UUID> {

    List<Branch> findByClusterIdOrderByPositionAscNameAsc(UUID clusterId);
}
