package fr.passerelle.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<PartnershipAgreement, UUID> {

    @Query("select a from PartnershipAgreement a join fetch a.organisation where a.campusId = ?1 order by a.signedOn desc nulls last, a.title")
    List<PartnershipAgreement> findByCampusId(UUID campusId);
}
