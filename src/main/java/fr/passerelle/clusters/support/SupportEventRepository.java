package fr.passerelle.clusters.support;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportEventRepository extends JpaRepository<SupportEvent, UUID> {
}
