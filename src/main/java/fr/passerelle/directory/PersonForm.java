package fr.passerelle.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form to add a person to an organisation; its contact fields are named apart from the organisation's own, as
 * both forms share the organisation's page.
 */
record PersonForm(
        @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 100, message = "Le prénom ne peut dépasser 100 caractères.") String firstName,
        @NotBlank(message = "Le nom est obligatoire.") @Size(max = 100, message = "Le nom ne peut dépasser 100 caractères.") String lastName,
        @Size(max = 150, message = "La fonction ne peut dépasser 150 caractères.") String jobTitle,
        @Email(message = "L'adresse e-mail n'est pas valide.") @Size(max = 255, message = "L'adresse e-mail est trop longue.") String personEmail,
        @Size(max = 30, message = "Le téléphone ne peut dépasser 30 caractères.") String personPhone) {

    static PersonForm empty() {
        return new PersonForm("", "", "", "", "");
    }

    PersonDetails toDetails() {
        return new PersonDetails(firstName.strip(), lastName.strip(), jobTitle, personEmail, personPhone);
    }
}
