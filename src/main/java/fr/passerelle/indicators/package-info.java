/**
 * Indicators: the catalogue of indicators on the five QualÉduc themes of source 001 (governance, innovation,
 * school-business relations, pathways and employment, culture and mobility), their yearly values per campus —
 * computed from the campus's life in the other modules, declared by the operational director with a comment and
 * evidence, or imported from InserJeunes — each value traceable to the rows it counts. A read model: SQL over the
 * views the owning modules publish. The figures consolidated per académie, région and nation are read from per-campus
 * yearly facts the same SQL writes (table {@code indicator_fact}): the current and the previous year are at most a
 * minute old, older years a night, a declared value is there at once; the pages and reports say when they were computed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "governance", "training", "territory", "identity", "notifications", "platform"})
package fr.passerelle.indicators;
