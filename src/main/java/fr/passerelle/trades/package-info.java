/**
 * Trades: the ROME 4.0 referential of France Travail, whole — fiches métiers with their job titles (appellations),
 * skills and macro-skills, knowledge (certifications and licences among them), work contexts, mobility links,
 * sectors — imported release by release beside each other, one current; the public trade sheets, enriched by a
 * campus or a cluster for its sector, and the picker of job titles the forms of later modules use. Other modules
 * refer to ROME by its stable codes. See ADR 0010.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "territory", "identity", "platform"})
package fr.passerelle.trades;
