package fr.passerelle.labelling;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalEvaluationRepository extends JpaRepository<ExternalEvaluation, UUID> {
}
