package fr.passerelle.campus;

import fr.passerelle.identity.ScopeChoices;
import fr.passerelle.platform.Option;
import java.util.List;
import org.springframework.stereotype.Component;

/** Offers the registry's campuses as scopes of operational directors' accounts. */
@Component
class CampusScopeChoices implements ScopeChoices {

    private final CampusRegistry registry;

    CampusScopeChoices(CampusRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Option> campuses() {
        return registry.all().stream().map(c -> new Option(c.id().toString(), c.name() + " (" + c.regionName() + ")")).toList();
    }
}
