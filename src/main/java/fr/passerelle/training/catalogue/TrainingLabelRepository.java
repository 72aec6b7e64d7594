package fr.passerelle.training.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingLabelRepository extends JpaRepository<TrainingLabel, UUID> {

    List<TrainingLabel> findByTrainingId(UUID trainingId);

    Optional<TrainingLabel> findByTrainingIdAndClusterId(UUID trainingId, UUID clusterId);
}
