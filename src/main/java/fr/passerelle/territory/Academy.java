package fr.passerelle.territory;

/** An académie, by its Éducation nationale code, within one région. */
public record Academy(String code, String name, String regionCode) {
}
