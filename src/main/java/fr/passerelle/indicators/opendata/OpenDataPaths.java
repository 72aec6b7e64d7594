package fr.passerelle.indicators.opendata;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The indicators' open data is public (CSV and API); publishing it on demand is the national administration's. */
@Component
class OpenDataPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of(OpenDataCsvController.PATH);
    }

    @Override
    public List<String> openForReading() {
        return List.of("/api/v1/indicators", "/api/v1/indicators/**");
    }

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of(PublicationController.PATH);
    }
}
