package fr.passerelle.directory;

/** What an organisation is, with the identifier it usually has (checked whenever it is given). */
public enum OrganisationKind {
    SCHOOL("Établissement scolaire (lycée, EPLE)", "Établissements scolaires", Identifier.UAI),
    APPRENTICE_CENTRE("Centre de formation d'apprentis (CFA)", "CFA", Identifier.UAI),
    GRETA("GRETA", "GRETA", Identifier.UAI),
    UNIVERSITY("Université", "Universités", Identifier.NONE),
    IUT("Institut universitaire de technologie (IUT)", "IUT", Identifier.NONE),
    ENGINEERING_SCHOOL("École d'ingénieurs", "Écoles d'ingénieurs", Identifier.NONE),
    RESEARCH_LAB("Laboratoire de recherche", "Laboratoires de recherche", Identifier.NONE),
    COMPANY("Entreprise", "Entreprises", Identifier.SIRET),
    CLUSTER("Pôle de compétitivité, cluster", "Pôles et clusters", Identifier.NONE),
    LOCAL_AUTHORITY("Collectivité territoriale", "Collectivités", Identifier.NONE),
    STATE_SERVICE("Service de l'État", "Services de l'État", Identifier.NONE),
    OTHER("Autre", "Autres partenaires", Identifier.NONE);

    /** The identifier organisations of a kind usually have. */
    public enum Identifier { UAI, SIRET, NONE }

    private final String label;
    private final String pluralLabel;
    private final Identifier usualIdentifier;

    OrganisationKind(String label, String pluralLabel, Identifier usualIdentifier) {
        this.label = label;
        this.pluralLabel = pluralLabel;
        this.usualIdentifier = usualIdentifier;
    }

    public String label() {
        return label;
    }

    public String pluralLabel() {
        return pluralLabel;
    }

    public Identifier usualIdentifier() {
        return usualIdentifier;
    }
}
