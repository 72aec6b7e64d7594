package fr.passerelle.clusters;

import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryFixtures;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Clusters and members for tests: each named uniquely, so that tests sharing one database never collide. */
public final class ClusterFixtures {

    private ClusterFixtures() {
    }

    /** A profile of a business cluster of the région in the sectors given. */
    public static ClusterProfile profile(String regionCode, Sector... sectors) {
        return new ClusterProfile(ClusterKind.BUSINESS_CLUSTER, regionCode, null, List.of(sectors), null, null, null, null, 12, true);
    }

    /** A directory organisation of kind CLUSTER registered as a cluster of the région. */
    public static ClusterCard cluster(Directory directory, Clusters clusters, String regionCode, String name, Sector... sectors) {
        OrganisationSummary organisation = directory.register(TestActors.nationalAdmin(), DirectoryFixtures.organisation(OrganisationKind.CLUSTER, name));
        return clusters.register(TestActors.nationalAdmin(), organisation.id(), profile(regionCode, sectors));
    }

    /** A company of the directory. */
    public static UUID company(Directory directory, String name) {
        return directory.register(TestActors.nationalAdmin(), DirectoryFixtures.organisation(OrganisationKind.COMPANY, name)).id();
    }

    /** A company, member of the cluster since {@code since}, open-ended, listed. */
    public static UUID memberCompany(Directory directory, Clusters clusters, UUID clusterId, String name, LocalDate since) {
        UUID company = company(directory, name);
        clusters.addMember(TestActors.nationalAdmin(), clusterId, company, null, since, null, true);
        return company;
    }
}
