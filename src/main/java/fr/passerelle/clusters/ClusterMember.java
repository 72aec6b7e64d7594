package fr.passerelle.clusters;

import fr.passerelle.directory.OrganisationKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A membership of a cluster: a company or an institution, in a business sub-cluster or none, from {@code since} to
 * {@code until} (both included, open when null); {@code listed} when it agrees to be named on the public page.
 *
 * @param active whether the membership is active today
 */
public record ClusterMember(UUID membershipId, UUID clusterId, UUID organisationId, String organisationName, OrganisationKind organisationKind,
                            UUID branchId, String branchName, LocalDate since, LocalDate until, boolean listed, boolean active, long version) {
}
