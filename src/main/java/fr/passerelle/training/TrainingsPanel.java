package fr.passerelle.training;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusPagePanel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The trainings of a campus on its public page, grouped by level, each with the establishment and the town that teach
 * it; while the campus records none, the panel says so and whom to ask.
 */
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
        return Optional.of(new Panel("training/trainings-panel", new PublicTrainings(trainings.byLevel(campus.id()), campus.academyName())));
    }

    /** What the panel shows: the trainings by level, and the académie to ask while there are none. */
    public record PublicTrainings(java.util.List<Trainings.LevelGroup> groups, String academyName) {
    }
}
