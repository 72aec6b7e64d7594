package fr.passerelle.indicators.selfevaluation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, UUID> {

    Optional<SelfEvaluation> findByCampusIdAndCampaignYear(UUID campusId, int campaignYear);
}
