package fr.passerelle.governance;

/**
 * Who may see an item of a campus's life (a meeting, an action, a document). The campus team — those who edit the
 * campus and the regional and academic staff who oversee it — always sees everything.
 */
public enum Visibility {
    PUBLIC("Public", "tout le monde, sur la page publique du campus"),
    PARTNERS("Partenaires", "les membres des organisations partenaires du campus"),
    BODY("Membres de l’instance", "les seuls membres de l’instance concernée");

    private final String label;
    private final String description;

    Visibility(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
