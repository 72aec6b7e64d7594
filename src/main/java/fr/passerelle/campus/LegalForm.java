package fr.passerelle.campus;

/**
 * The legal form of the structure carrying a campus. Since the 2014 call a campus may be carried "au-delà d'un
 * établissement public ou d'une association, par un GIP"; no form is imposed, "ni même la nécessité d'une personnalité
 * juridique" (source 001).
 */
public enum LegalForm {
    GIP("Groupement d’intérêt public (GIP)"),
    ASSOCIATION("Association"),
    SUPPORT_ESTABLISHMENT("Établissement support"),
    OTHER("Autre");

    private final String label;

    LegalForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
