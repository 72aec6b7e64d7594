package fr.passerelle.clusters;

import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The clusters' API for the rest of the platform (and for the clusters module's own sub-packages): which clusters
 * exist, who is an active member of which, and what an actor may do on one. Members-only rights everywhere (the skills
 * matrix, the surveys, the CV bank of the job platform) rest on {@link #access}.
 */
public interface Clusters {

    Optional<ClusterCard> cluster(UUID id);

    Optional<ClusterCard> bySlug(String slug);

    /** Whether the organisation's membership of the cluster is active on {@code day}. */
    boolean isActiveMember(UUID clusterId, UUID organisationId, LocalDate day);

    /** The clusters the organisation is an active member of today. */
    Set<UUID> activeClustersOf(UUID organisationId);

    /** What the actor may do on the cluster today (an unknown cluster: {@link ClusterAccess#PUBLIC}). */
    ClusterAccess access(Actor actor, UUID clusterId);

    /** The clusters whose members-only content the actor reads today (staff: theirs; members: their clusters; admin: all). */
    List<ClusterCard> readableClusters(Actor actor);

    /** The organisations that are active members of the cluster today, ids only (e.g. to address a message). */
    Set<UUID> activeMemberIds(UUID clusterId);

    Optional<ClusterDetails> details(UUID id);

    List<ClusterBranch> branches(UUID clusterId);

    /**
     * The members of a cluster, for those who run it: every membership, past and future included, filtered by name
     * ({@code text}) and by {@code activeOnly}, sorted by name, paginated in SQL.
     */
    MembersPage members(Actor actor, UUID clusterId, String text, boolean activeOnly, int page, int size);

    /** The members shown on the public page: active today and agreeing to be listed. */
    MembersPage listedMembers(UUID clusterId, int page, int size);

    // --- changes, each checked against the actor and audited

    /** Makes a directory organisation of kind CLUSTER a cluster with its profile. */
    ClusterCard register(Actor actor, UUID organisationId, ClusterProfile profile);

    ClusterCard describe(Actor actor, UUID clusterId, long expectedVersion, ClusterProfile profile);

    ClusterBranch addBranch(Actor actor, UUID clusterId, String name, String description);

    void removeBranch(Actor actor, UUID clusterId, UUID branchId);

    /** A new membership; refused when it shares a day with another membership of the same organisation. */
    ClusterMember addMember(Actor actor, UUID clusterId, UUID organisationId, UUID branchId, LocalDate since, LocalDate until, boolean listed);

    ClusterMember changeMembership(Actor actor, UUID clusterId, UUID membershipId, long expectedVersion, UUID branchId, LocalDate since,
                                   LocalDate until, boolean listed);

    /** Ends a membership on {@code day} (included). */
    ClusterMember endMembership(Actor actor, UUID clusterId, UUID membershipId, LocalDate day);

    /** Deletes a membership entered by mistake (an ended one is kept: end it instead). */
    void removeMembership(Actor actor, UUID clusterId, UUID membershipId);
}
