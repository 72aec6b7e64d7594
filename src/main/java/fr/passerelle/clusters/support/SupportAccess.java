package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.identity.Actor;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one guard of the HR support services (events, diagnoses, programmes): the cluster must exist (else not found),
 * then the actor's {@link ClusterAccess} must pass the rule of {@link SupportPermissions} (else refused with the
 * service's own words).
 */
@Component
class SupportAccess {

    private final Clusters clusters;

    SupportAccess(Clusters clusters) {
        this.clusters = clusters;
    }

    /** The access of one who reads the cluster's HR support: its staff and its active members' people. */
    ClusterAccess reader(Actor actor, UUID clusterId, String refusal) {
        return SupportPermissions.requireReads(access(actor, clusterId), refusal);
    }

    /** The access of one who runs the cluster's HR support: its staff and the administration. */
    ClusterAccess manager(Actor actor, UUID clusterId, String refusal) {
        return SupportPermissions.requireManages(access(actor, clusterId), refusal);
    }

    /** Whether the actor runs the cluster's HR support (no refusal: for what a page offers). */
    boolean manages(Actor actor, UUID clusterId) {
        return SupportPermissions.manages(clusters.access(actor, clusterId));
    }

    private ClusterAccess access(Actor actor, UUID clusterId) {
        if (clusters.cluster(clusterId).isEmpty()) {
            throw new NoSuchElementException("Cluster inconnu");
        }
        return clusters.access(actor, clusterId);
    }
}
