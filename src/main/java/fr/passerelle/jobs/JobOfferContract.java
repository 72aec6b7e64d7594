package fr.passerelle.jobs;

/** The contract an offer proposes, with its French label and its schema.org {@code employmentType}. */
public enum JobOfferContract {
    CDI("CDI", "FULL_TIME", false),
    CDD("CDD", "TEMPORARY", true),
    INTERIM("Intérim", "TEMPORARY", true),
    APPRENTICESHIP("Contrat d’apprentissage", "OTHER", true),
    PROFESSIONALISATION("Contrat de professionnalisation", "OTHER", true),
    INTERNSHIP("Stage", "INTERN", true),
    SEASONAL("Saisonnier", "TEMPORARY", true);

    private final String label;
    private final String employmentType;
    private final boolean limited;

    JobOfferContract(String label, String employmentType, boolean limited) {
        this.label = label;
        this.employmentType = employmentType;
        this.limited = limited;
    }

    public String label() {
        return label;
    }

    /** schema.org's {@code employmentType} value of the contract (a CDI gives its working time instead). */
    public String employmentType() {
        return employmentType;
    }

    /** Whether the contract has a duration (all but the CDI). */
    public boolean limited() {
        return limited;
    }
}
