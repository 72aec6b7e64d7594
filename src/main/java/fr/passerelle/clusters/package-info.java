/**
 * Clusters and their members (issue 14): a cluster (pôle de compétitivité, grappe d'entreprises, cluster régional,
 * PTCE; accelerators and incubators in the directory too) is a directory organisation of kind CLUSTER with a profile
 * ({@code cluster}), business sub-clusters ({@code cluster_branch}) and dated memberships of companies and institutions
 * ({@code cluster_membership}). An active membership is what every members-only right rests on: {@link
 * fr.passerelle.clusters.Clusters#access} says what an actor may do on a cluster (its staff, the people of an active
 * member, nobody else). Sub-packages: {@code network} (profiles, members, the public directory and its API),
 * {@code matrix} (the skills matrix on four axes, cross-searched in SQL, exports, a targeted message; API
 * {@link fr.passerelle.clusters.ClusterMatrix}), {@code surveys} (barometer, HR survey, observatory and panel campaigns,
 * one answer per company, results per trade masked under a minimum; {@link fr.passerelle.clusters.SurveyResults} is
 * what a campus quotes in criterion 1 of its dossier), {@code support} (HR support: events with a charter, programmes
 * in cohorts, HR diagnoses with action plans, calendar and iCal; API {@link fr.passerelle.clusters.HrSupport}) and
 * {@code commissions} (the section of the employment and training commissions, which governance runs as bodies of a
 * cluster, ADR 0011).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "governance", "trades", "training", "territory",
        "identity", "notifications", "platform"})
package fr.passerelle.clusters;
