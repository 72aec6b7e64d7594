package fr.passerelle.territory;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The import of commune centres is the national administration's. */
@Component
class TerritoryPaths implements PathRules {

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/communes/**");
    }
}
