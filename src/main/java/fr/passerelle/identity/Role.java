package fr.passerelle.identity;

/** What an account may do; the scope it applies to is carried by the {@link Actor}. */
public enum Role {
    NATIONAL_ADMIN("Administration nationale"),
    REGIONAL_COORDINATOR("Coordination régionale"),
    ACADEMY_REFERENT("Référent·e académique"),
    OPERATIONAL_DIRECTOR("Direction opérationnelle de campus"),
    PARTNER_MEMBER("Membre partenaire"),
    COMPANY_RECRUITER("Recruteur·se d'entreprise"),
    EXPERT("Expert·e");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
