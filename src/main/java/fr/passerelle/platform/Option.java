package fr.passerelle.platform;

/** One choice of a select list. */
public record Option(String value, String label) {
}
