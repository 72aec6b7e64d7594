package fr.passerelle.clusters.network;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterRepository extends JpaRepository<Cluster, UUID> {

    Optional<Cluster> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
