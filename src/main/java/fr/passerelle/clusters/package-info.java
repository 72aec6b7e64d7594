/**
 * Clusters and their members (issue 14): a cluster (pôle de compétitivité, grappe d'entreprises, cluster régional,
 * PTCE; accelerators and incubators in the directory too) is a directory organisation of kind CLUSTER with a profile
 * ({@code cluster}), business sub-clusters ({@code cluster_branch}) and dated memberships of companies and institutions
 * ({@code cluster_membership}). An active membership is what every members-only right rests on: {@link
 * fr.passerelle.clusters.Clusters#access} says what an actor may do on a cluster (its staff, the people of an active
 * member, nobody else). Sub-packages: {@code network} (profiles, members, public directory).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "governance", "trades", "training", "territory",
        "identity", "notifications", "platform"})
package fr.passerelle.clusters;
