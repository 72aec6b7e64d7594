package fr.passerelle.indicators.regional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppreciationRepository extends JpaRepository<CampusAppreciation, UUID> {

    List<CampusAppreciation> findByReviewId(UUID reviewId);

    Optional<CampusAppreciation> findByReviewIdAndCampusId(UUID reviewId, UUID campusId);
}
