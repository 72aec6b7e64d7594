/**
 * The regional deployment plan (« plan de déploiement régional », source 001): for a région and a year, its priority
 * sectors, the projects of campuses prepared for the next calls — an existing dossier of the région or a project entered
 * in the plan — on a map with its table, and per project the support calendar towards the label (DREETS or Carif-Oref
 * studies, partners' meetings, support letters, passage before the Crefop and the CAEN, submission).
 *
 * <p>Where a line belongs: {@code DeploymentPermissions} is the rule of who edits and who reads a région's plan (the
 * two co-pilots of the région and the national administration edit; the academic referents of its académies and its
 * DREETS correspondents read); {@code DeploymentPlan}, {@code DeploymentProject} and {@code Milestone} are the
 * aggregates, whose acts guard their own rules; {@code RegionalDeployment} is the write side (actor, permission,
 * aggregate, audit) and implements {@link fr.passerelle.labelling.DeploymentPlans}, the module's API for the demo
 * data; {@code DeploymentQueries} is the read side, in SQL; {@code DeploymentController} binds the typed forms.
 */
package fr.passerelle.labelling.deployment;
