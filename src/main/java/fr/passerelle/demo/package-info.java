/**
 * Demo data for the embedded demo mode: real campuses named in the source documents, the clusters and pôles that
 * partner them, and one account per role. Loaded into an empty database only, never into an external one unless
 * {@code passerelle.demo-data=true} says so.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "governance", "labelling", "training", "indicators", "clusters", "jobs", "identity", "platform"})
package fr.passerelle.demo;
