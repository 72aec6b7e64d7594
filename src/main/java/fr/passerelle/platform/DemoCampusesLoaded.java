package fr.passerelle.platform;

/**
 * Published once the demo campuses and their partners are in an empty database, so that each module adds its own
 * demo data (bodies and meetings, budgets, action plans…) through its own services.
 */
public record DemoCampusesLoaded() {
}
