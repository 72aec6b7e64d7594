package fr.passerelle.clusters;

import fr.passerelle.campus.Sector;
import java.util.List;
import java.util.UUID;

/**
 * What a cluster says of itself beyond its directory card (name, seat, website are the organisation's): its kind, the
 * région of its seat, the territory it covers, its sectors, the company that chairs it, its figures (the jobs its
 * members represent, for a year), the year it was founded, how often a member company's skills-matrix entry must be
 * refreshed, and whether it shows in the public directory.
 */
public record ClusterProfile(ClusterKind kind, String regionCode, String territory, List<Sector> sectors, UUID chairOrganisationId,
                             Integer jobsRepresented, Integer figuresYear, Integer foundedYear, int matrixRefreshMonths,
                             boolean published) {

    public ClusterProfile {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }
}
