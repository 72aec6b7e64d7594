package fr.passerelle.clusters;

/** A cluster's card with its whole profile and the version a form edits. */
public record ClusterDetails(ClusterCard card, ClusterProfile profile, long version) {
}
