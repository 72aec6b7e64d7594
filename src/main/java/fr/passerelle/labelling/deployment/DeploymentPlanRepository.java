package fr.passerelle.labelling.deployment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentPlanRepository extends JpaRepository<DeploymentPlan, UUID> {

    Optional<DeploymentPlan> findByRegionCodeAndYear(String regionCode, int year);
}
