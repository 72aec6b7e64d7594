package fr.passerelle.directory;

/** The role of a member in a campus. */
public enum MembershipRole {
    FOUNDING_MEMBER("Membre fondateur"),
    PARTNER("Partenaire"),
    ASSOCIATE("Membre associé"),
    /** A person to contact about the campus, on behalf of their organisation. */
    CONTACT("Personne à contacter");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
