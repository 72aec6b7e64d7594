package fr.passerelle.clusters;

/**
 * What an actor may do on one cluster, from the least to the most: nothing beyond its public page; read what is for
 * members only (the people of a company or an institution whose membership is active today); run the cluster (its
 * staff, scoped to their cluster); everything (the national administration).
 */
public enum ClusterAccess {
    PUBLIC,
    MEMBER,
    STAFF,
    ADMINISTRATION;

    /** Whether the actor reads what is for members only (members, staff, national administration). */
    public boolean readsMembersOnly() {
        return this != PUBLIC;
    }

    /** Whether the actor runs the cluster: its profile, members, matrix, surveys and programmes. */
    public boolean runs() {
        return this == STAFF || this == ADMINISTRATION;
    }
}
