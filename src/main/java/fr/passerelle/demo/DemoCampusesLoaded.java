package fr.passerelle.demo;

/**
 * Published once the demo campuses, their partners and the demo accounts are in an empty database, so that the demo
 * loaders of each capability add theirs (trainings, bodies and meetings, budgets, dossiers…) through its services.
 */
public record DemoCampusesLoaded() {
}
