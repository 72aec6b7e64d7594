package fr.passerelle.clusters.surveys;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, UUID> {

    Optional<SurveyAnswer> findByCampaignIdAndOrganisationId(UUID campaignId, UUID organisationId);
}
