package fr.passerelle.territory;

/** A région, by its INSEE code. */
public record Region(String code, String name, boolean overseas) {
}
