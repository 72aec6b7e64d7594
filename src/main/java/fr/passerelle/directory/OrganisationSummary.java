package fr.passerelle.directory;

import java.util.UUID;

/** An organisation as other modules see it. */
public record OrganisationSummary(UUID id, OrganisationKind kind, String name, String acronym, String uai, String siret,
                                  String municipalityCode, String website) {

    public String displayName() {
        return acronym == null || name.contains(acronym) ? name : name + " (" + acronym + ")";
    }
}
