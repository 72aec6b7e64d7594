package fr.passerelle.trades;

/**
 * A release of ROME became the current one (imported as the newest, or chosen again by the national administrator):
 * every page and index that shows the current release's content must read it anew.
 *
 * @param version the release's number ("Numero de version : 60")
 */
public record RomeReleaseMadeCurrent(int version) {
}
