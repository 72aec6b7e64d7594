package fr.passerelle.campus;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The public face of the registry: home page, search, campus and partner pages, open data and the campus API; the registry import is the national administration's. */
@Component
class CampusPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/", "/campus", "/campus/**", "/partenaires/**", "/open-data/**");
    }

    @Override
    public List<String> openForReading() {
        return List.of("/api/v1/campuses", "/api/v1/campuses/**");
    }

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/import/**");
    }
}
