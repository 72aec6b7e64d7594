package fr.passerelle.trades;

/**
 * The kinds of ROME item other modules keep codes of: a fiche by its code ("A1101"), the others by their OGR code
 * (an integer, written as text where codes of several kinds travel together).
 */
public enum RomeItemKind {
    TRADE("Fiches métiers", "fiche"),
    JOB_TITLE("Appellations", "appellation"),
    SKILL("Compétences", "compétence"),
    KNOWLEDGE("Savoirs", "savoir"),
    WORK_CONTEXT("Contextes de travail", "contexte de travail");

    private final String label;
    private final String singular;

    RomeItemKind(String label, String singular) {
        this.label = label;
        this.singular = singular;
    }

    /** "Fiches métiers", as a heading. */
    public String label() {
        return label;
    }

    /** "fiche", in a sentence. */
    public String singular() {
        return singular;
    }
}
