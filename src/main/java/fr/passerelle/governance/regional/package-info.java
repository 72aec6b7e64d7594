/**
 * Regional co-piloting (source 001): the bodies of a région — its regional strategic committee, its regional cell,
 * its directors' working group —, the national thematic networks of campuses, and the région's shared space of
 * documents. Bodies and meetings are governance's own ({@code ScopedBodies}, ADR 0011); this package says who may run
 * and read them ({@link fr.passerelle.governance.regional.RegionalPermissions}) and shows them.
 */
package fr.passerelle.governance.regional;
