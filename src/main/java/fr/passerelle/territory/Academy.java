package fr.passerelle.territory;

/** An académie, by its Éducation nationale code, within one région, with the website of its rectorat. */
public record Academy(String code, String name, String regionCode, String website) {
}
