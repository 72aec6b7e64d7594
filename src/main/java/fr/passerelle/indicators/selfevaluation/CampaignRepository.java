package fr.passerelle.indicators.selfevaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Integer> {

    List<Campaign> findAllByOrderByYearDesc();
}
