package fr.passerelle.clusters.matrix;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatrixEntryRepository extends JpaRepository<MatrixEntry, UUID> {

    Optional<MatrixEntry> findByClusterIdAndOrganisationId(UUID clusterId, UUID organisationId);
}
