package fr.passerelle.trades;

/** A ROME release became the current one: pages, search and pickers now read it. */
public record RomeReleaseMadeCurrent(int version) {
}
