package fr.passerelle.campus;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkAgreementRepository extends JpaRepository<FrameworkAgreement, UUID> {

    Optional<FrameworkAgreement> findByCampusId(UUID campusId);
}
