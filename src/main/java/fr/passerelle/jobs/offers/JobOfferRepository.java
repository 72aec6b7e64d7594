package fr.passerelle.jobs.offers;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobOfferRepository extends JpaRepository<JobOffer, UUID>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<JobOffer> {

    long countByCompanyId(UUID companyId);
}
