package fr.passerelle.indicators.review;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReviewRepository extends JpaRepository<AnnualReview, UUID> {

    Optional<AnnualReview> findByCampusIdAndYear(UUID campusId, int year);
}
