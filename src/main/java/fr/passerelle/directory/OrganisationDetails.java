package fr.passerelle.directory;

/** Everything the directory records about an organisation; its identifiers are checked by {@link Directory}. */
public record OrganisationDetails(OrganisationKind kind, String name, String acronym, String uai, String siret,
                                  String addressLine, String postalCode, String municipalityCode, String website,
                                  String email, String phone, String description) {

    public static OrganisationDetails of(OrganisationKind kind, String name) {
        return new OrganisationDetails(kind, name, null, null, null, null, null, null, null, null, null, null);
    }
}
