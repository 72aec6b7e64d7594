package fr.passerelle.identity;

/** What an account may do; the scope it applies to is carried by the {@link Actor}. */
public enum Role {
    NATIONAL_ADMIN("Administration nationale"),
    /** The région académique's coordination of campuses: the rectorat side of the two co-pilots. */
    REGIONAL_COORDINATOR("Coordination de région académique (rectorat)"),
    /** The Conseil régional's referent for the campuses: the région side of the two co-pilots. */
    REGIONAL_COUNCIL("Référent·e campus du Conseil régional"),
    ACADEMY_REFERENT("Référent·e académique"),
    OPERATIONAL_DIRECTOR("Direction opérationnelle de campus"),
    PARTNER_MEMBER("Membre partenaire"),
    COMPANY_RECRUITER("Recruteur·se d'entreprise"),
    /** The staff of a cluster (animateur, business developer): scoped to the cluster's organisation. */
    CLUSTER_STAFF("Équipe d'un cluster ou pôle"),
    EXPERT("Expert·e"),
    /** The DREETS (formerly Direccte) correspondent of the campuses they follow. */
    LABOUR_CORRESPONDENT("Correspondant·e DREETS"),
    /**
     * A person looking for a job, who opened their account themselves on the job platform: scoped to their own account
     * only, never to the back office.
     */
    CANDIDATE("Candidat·e");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the role works in the back office ({@code /gestion}); a candidate's space is elsewhere. */
    public boolean backOffice() {
        return this != CANDIDATE;
    }

    /** Where a login of this role lands. */
    public String home() {
        return this == CANDIDATE ? "/candidat" : "/gestion";
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
