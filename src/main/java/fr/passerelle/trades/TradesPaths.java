package fr.passerelle.trades;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The public face of ROME — trade search, trade sheets, the job-title suggestions and the trades API — is read with GET
 * by anyone (there is nothing to post); the ROME releases are the national administration's.
 */
@Component
class TradesPaths implements PathRules {

    @Override
    public List<String> openForReading() {
        return List.of("/metiers", "/metiers/**", "/api/v1/trades", "/api/v1/trades/**");
    }

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/referentiels/rome", "/gestion/referentiels/rome/**");
    }
}
