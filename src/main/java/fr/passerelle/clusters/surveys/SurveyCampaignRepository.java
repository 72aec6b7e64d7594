package fr.passerelle.clusters.surveys;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyCampaignRepository extends JpaRepository<SurveyCampaign, UUID> {
}
