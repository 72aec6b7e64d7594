package fr.passerelle.clusters;

import fr.passerelle.campus.Sector;
import java.util.List;
import java.util.UUID;

/**
 * A cluster as other modules and pages show it. {@code id} is its directory organisation's id.
 *
 * @param activeMembers members whose membership is active today
 */
public record ClusterCard(UUID id, String slug, String name, String acronym, ClusterKind kind, String regionCode, String territory,
                          List<Sector> sectors, int activeMembers, Integer jobsRepresented, boolean published) {

    public ClusterCard {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    public String displayName() {
        return acronym == null || acronym.isBlank() || acronym.equalsIgnoreCase(name) ? name : name + " (" + acronym + ")";
    }

    /** The address of its public page. */
    public String publicPath() {
        return "/clusters/" + slug;
    }
}
