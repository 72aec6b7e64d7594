/**
 * Reference geography: the 18 régions, the académies and their départements, and the communes, with their
 * INSEE (COG) and Éducation nationale codes. Read-only reference data shipped in migrations; commune centres
 * come from an import of geo.api.gouv.fr extracts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package fr.passerelle.territory;
