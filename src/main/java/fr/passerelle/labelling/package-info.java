/**
 * The label lifecycle: calls for projects, the application dossier written by the promoters against the 11
 * criteria, and its review chain — regional opinions (CAEN, Crefop), the interministerial expert group with its
 * navettes, the CNEE's opinion and the decision that labels a campus for four years, with its certificate.
 *
 * <p>Where a line belongs: {@link fr.passerelle.labelling.Application} is the aggregate (its acts guard their step
 * and register past-tense events such as {@code ApplicationSubmitted} or {@code LabelGranted});
 * {@code ApplicationAct} and {@code ApplicationPermissions} say which acts an actor may take, for the service and the
 * pages alike; {@link fr.passerelle.labelling.Applications} is the thin write side (actor, permissions, aggregate,
 * records, audit); {@link fr.passerelle.labelling.ApplicationQueries} and {@code ReviewBoard} are the read side;
 * {@code LabellingNotices} listens to the events; controllers bind typed forms ({@code ApplicationForms}) and end
 * with {@link fr.passerelle.platform.Outcomes}.
 *
 * <p>The sub-package {@code labelling.deployment} holds the regional deployment plans that prepare the projects of
 * campuses for the next calls (priority sectors, projects on a map, support calendars up to the Crefop and the CAEN);
 * {@link fr.passerelle.labelling.DeploymentPlans} is its API for other modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "clusters", "directory", "governance", "training", "indicators", "identity", "notifications", "territory", "platform"})
package fr.passerelle.labelling;
