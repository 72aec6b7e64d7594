package fr.passerelle.campus;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CarryingStructureRepository extends JpaRepository<CarryingStructure, UUID> {

    Optional<CarryingStructure> findByCampusId(UUID campusId);
}
