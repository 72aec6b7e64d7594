package fr.passerelle.labelling;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The public side of the label: calls for projects, label decisions, and their API. */
@Component
class LabellingPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/appels-a-projets", "/appels-a-projets/**", "/labellisation/**");
    }

    @Override
    public List<String> openForReading() {
        return List.of("/api/v1/calls", "/api/v1/calls/**", "/api/v1/label-decisions", "/api/v1/label-decisions/**");
    }
}
