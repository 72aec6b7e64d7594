/**
 * The national registry of campuses and its public face: the map, full-text search with facets, one page per
 * campus, open data (JSON API, CSV, GeoJSON), the back office where each actor edits the campuses of their scope,
 * the framework agreement and carrying structure of each campus ({@link fr.passerelle.campus.CampusFoundations}), and
 * the import of a registry CSV.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "territory", "identity", "platform"})
package fr.passerelle.campus;
