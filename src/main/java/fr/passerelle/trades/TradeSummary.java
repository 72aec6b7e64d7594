package fr.passerelle.trades;

/**
 * A fiche métier in a line: its code (A1101), label, the ROME v3 fiche it comes from and its professional domain
 * (A11). Read from the current release.
 */
public record TradeSummary(String code, String label, String parentCode, String domainCode) {

    /** "A1101 — Conducteur / Conductrice d'engins agricoles". */
    public String displayName() {
        return code + " — " + label;
    }
}
