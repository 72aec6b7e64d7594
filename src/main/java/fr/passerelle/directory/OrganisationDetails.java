package fr.passerelle.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What someone enters about an organisation; the identifier rules of its kind are checked by the directory. */
public record OrganisationDetails(
        @NotNull(message = "Choisissez le type d'organisation.") OrganisationKind kind,
        @NotBlank(message = "Le nom est obligatoire.") @Size(max = 255, message = "Le nom ne peut dépasser 255 caractères.") String name,
        @Size(max = 50, message = "Le sigle ne peut dépasser 50 caractères.") String acronym,
        String uai,
        String siret,
        @Size(max = 255, message = "L'adresse ne peut dépasser 255 caractères.") String addressLine,
        @Pattern(regexp = "^$|\\d{5}", message = "Le code postal compte 5 chiffres.") String postalCode,
        @Pattern(regexp = "^$|[0-9][0-9AB][0-9]{3}", message = "Le code commune INSEE compte 5 caractères (ex. 75056).") String municipalityCode,
        @Pattern(regexp = "^$|https?://\\S+", message = "L'adresse du site commence par http:// ou https://.") String website,
        @Email(message = "L'adresse e-mail n'est pas valide.") String email,
        @Size(max = 30, message = "Le téléphone ne peut dépasser 30 caractères.") String phone,
        String description) {

    public static OrganisationDetails of(OrganisationKind kind, String name) {
        return new OrganisationDetails(kind, name, null, null, null, null, null, null, null, null, null, null);
    }
}
