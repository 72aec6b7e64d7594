package fr.passerelle.clusters.network;

import fr.passerelle.clusters.ClusterBranch;
import fr.passerelle.platform.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A business sub-cluster. */
@Entity
@Table(name = "cluster_branch")
class Branch {

    @Id
    private UUID id;
    private UUID clusterId;
    private String name;
    private String description;
    private int position;

    protected Branch() {
    }

    static Branch open(UUID clusterId, String name, String description, int position) {
        var branch = new Branch();
        branch.id = UUID.randomUUID();
        branch.clusterId = clusterId;
        branch.name = name.strip();
        branch.description = Text.trimToNull(description);
        branch.position = position;
        return branch;
    }

    ClusterBranch view() {
        return new ClusterBranch(id, clusterId, name, description, position);
    }

    UUID id() {
        return id;
    }

    UUID clusterId() {
        return clusterId;
    }

    String name() {
        return name;
    }
}
