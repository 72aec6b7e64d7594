package fr.passerelle.training;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusPagePanel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The trainings of a campus on its public page, grouped by level; absent while it records none. */
@Component
class TrainingsPanel implements CampusPagePanel {

    private final Trainings trainings;

    TrainingsPanel(Trainings trainings) {
        this.trainings = trainings;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Panel> panel(CampusCard campus) {
        var groups = trainings.byLevel(campus.id());
        return groups.isEmpty() ? Optional.empty() : Optional.of(new Panel("training/trainings-panel", groups));
    }
}
