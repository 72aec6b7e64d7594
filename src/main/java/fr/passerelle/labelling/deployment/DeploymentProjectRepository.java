package fr.passerelle.labelling.deployment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentProjectRepository extends JpaRepository<DeploymentProject, UUID> {
}
