package fr.passerelle.labelling.deployment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, UUID> {
}
