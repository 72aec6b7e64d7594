package fr.passerelle.campus;

import fr.passerelle.directory.CampusRegions;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the directory where the campuses of the registry are. */
@Component
class RegistryCampusRegions implements CampusRegions {

    private final CampusRepository campuses;

    RegistryCampusRegions(CampusRepository campuses) {
        this.campuses = campuses;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> of(Collection<UUID> campusIds) {
        return campusIds.isEmpty() ? Map.of()
                : campuses.findByIds(campusIds).stream().collect(Collectors.toMap(Campus::id, Campus::regionCode));
    }
}
