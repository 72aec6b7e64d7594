package fr.passerelle.trades.curation;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The public trade sheets of campuses and clusters, and their booklets, open to anyone. */
@Component
class CurationPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/campus/*/metiers", "/campus/*/metiers/**", "/partenaires/*/metiers", "/partenaires/*/metiers/**");
    }
}
