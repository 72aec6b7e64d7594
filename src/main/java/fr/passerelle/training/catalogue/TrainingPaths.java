package fr.passerelle.training.catalogue;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The catalogue's public face: the search, the training sheets, the LHÉO offers and the API; its import is the national administration's. */
@Component
class TrainingPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/formations", "/formations/**");
    }

    @Override
    public List<String> openForReading() {
        return List.of("/api/v1/trainings", "/api/v1/trainings/**");
    }

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/catalogue-formations", "/gestion/catalogue-formations/**");
    }
}
