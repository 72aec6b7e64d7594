package fr.passerelle.directory;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The organisation form, as typed; {@link #toDetails()} reads it once Bean Validation has passed. */
record OrganisationForm(
        @NotBlank(message = "Choisissez le type d'organisation.") String kind,
        @NotBlank(message = "Le nom est obligatoire.") @Size(max = 255, message = "Le nom ne peut dépasser 255 caractères.") String name,
        @Size(max = 50, message = "Le sigle ne peut dépasser 50 caractères.") String acronym,
        String uai,
        String siret,
        @Size(max = 255, message = "L'adresse ne peut dépasser 255 caractères.") String addressLine,
        @Pattern(regexp = "^$|\\s*\\d{5}\\s*", message = "Le code postal compte 5 chiffres.") String postalCode,
        @Pattern(regexp = "^$|\\s*[0-9][0-9AB][0-9]{3}\\s*", message = "Le code commune INSEE compte 5 caractères (ex. 75056).") String municipalityCode,
        @Pattern(regexp = "^$|https?://\\S+", message = "L'adresse du site commence par http:// ou https://.")
        @Size(max = 255, message = "L'adresse du site ne peut dépasser 255 caractères.") String website,
        @Email(message = "L'adresse e-mail n'est pas valide.") @Size(max = 255, message = "L'adresse e-mail ne peut dépasser 255 caractères.") String email,
        @Size(max = 30, message = "Le téléphone ne peut dépasser 30 caractères.") String phone,
        @Size(max = 5000, message = "La description ne peut dépasser 5 000 caractères.") String description,
        long version) {

    static OrganisationForm empty() {
        return new OrganisationForm("", "", "", "", "", "", "", "", "", "", "", "", 0);
    }

    static OrganisationForm of(OrganisationDetails d, long version) {
        return new OrganisationForm(d.kind().name(), d.name(), text(d.acronym()), text(d.uai()), text(d.siret()), text(d.addressLine()),
                text(d.postalCode()), text(d.municipalityCode()), text(d.website()), text(d.email()), text(d.phone()),
                text(d.description()), version);
    }

    OrganisationDetails toDetails() {
        OrganisationKind parsed = FrenchInput.choice("kind", kind, OrganisationKind.class, "Choisissez un type de la liste.");
        return new OrganisationDetails(parsed, name.strip(), Text.trimToNull(acronym), Text.trimToNull(uai), Text.trimToNull(siret), Text.trimToNull(addressLine),
                Text.trimToNull(postalCode), Text.trimToNull(municipalityCode), Text.trimToNull(website), Text.trimToNull(email), Text.trimToNull(phone), Text.trimToNull(description));
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }
}
