package fr.passerelle.trades;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The ROME releases are the national administration's. */
@Component
class TradesPaths implements PathRules {

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/referentiels/rome", "/gestion/referentiels/rome/**");
    }
}
