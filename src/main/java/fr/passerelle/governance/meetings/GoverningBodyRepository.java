package fr.passerelle.governance.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoverningBodyRepository extends JpaRepository<GoverningBody, UUID> {

    List<GoverningBody> findByCampusIdOrderByKindAscNameAsc(UUID campusId);
}
