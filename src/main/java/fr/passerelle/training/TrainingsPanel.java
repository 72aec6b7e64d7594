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
    private final fr.passerelle.training.catalogue.CatalogueQueries catalogue;

    TrainingsPanel(Trainings trainings, fr.passerelle.training.catalogue.CatalogueQueries catalogue) {
        this.trainings = trainings;
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Panel> panel(CampusCard campus) {
        var groups = trainings.byLevel(campus.id());
        var codes = catalogue.codesOfDiplomas(groups.stream().flatMap(g -> g.trainings().stream()).map(t -> t.diploma().code()).distinct().toList());
        return Optional.of(new Panel("training/trainings-panel", new PublicTrainings(groups, campus.academyName(), codes, campus.slug())));
    }

    /**
     * What the panel shows: the trainings by level, the académie to ask while there are none, the catalogue's sheet of
     * each diploma (CFD → code of its sheet) and the campus's slug for its offer in LHÉO.
     */
    public record PublicTrainings(java.util.List<Trainings.LevelGroup> groups, String academyName, java.util.Map<String, String> sheets, String slug) {

        /** The path of the diploma's training sheet, or null when the catalogue has none. */
        public String sheetOf(String cfd) {
            String code = sheets.get(cfd);
            return code == null ? null : "/formations/" + code;
        }
    }
}
