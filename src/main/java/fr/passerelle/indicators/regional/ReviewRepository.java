package fr.passerelle.indicators.regional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<RegionalReview, UUID> {

    Optional<RegionalReview> findByRegionCodeAndYear(String regionCode, int year);

    List<RegionalReview> findByRegionCodeOrderByYearDesc(String regionCode);
}
