/**
 * The national registry of campuses and its public face: the map, full-text search with facets, one page per
 * campus, open data (JSON API, CSV, GeoJSON), the back office where each actor edits the campuses of their scope,
 * the framework agreement and carrying structure of each campus ({@link fr.passerelle.campus.CampusFoundations}), and
 * the import of a registry CSV.
 * <p>
 * The showcase counter ({@code ShowcaseVisits}) counts, per campus and day, the views of its public pages without
 * cookie nor anything of the visitor (table {@code campus_page_view}, V55). For the indicators module, campus publishes
 * the views {@code indicator_source_page_view} (V55) and {@code indicator_source_framework_agreement} (V54).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "territory", "identity", "platform"})
package fr.passerelle.campus;
