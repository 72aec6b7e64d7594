package fr.passerelle.directory;

/** The role of a member in a campus. */
public enum MembershipRole {
    FOUNDING_MEMBER("Membre fondateur"),
    PARTNER("Partenaire"),
    ASSOCIATE("Membre associé");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
