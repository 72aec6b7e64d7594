package fr.passerelle.clusters;

import java.util.UUID;

/** A business sub-cluster of a cluster (Neopolia has five). */
public record ClusterBranch(UUID id, UUID clusterId, String name, String description, int position) {
}
