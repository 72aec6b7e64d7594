package fr.passerelle.identity;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form to open an account, as typed. */
record AccountForm(
        @NotBlank(message = "L'identifiant est obligatoire.")
        @Pattern(regexp = "^$|[a-zA-Z0-9._-]{3,100}", message = "L'identifiant compte 3 à 100 lettres sans accent, chiffres, points, tirets ou soulignés.")
        String username,
        @NotBlank(message = "Le nom affiché est obligatoire.") @Size(max = 150, message = "Le nom ne peut dépasser 150 caractères.") String displayName,
        @NotBlank(message = "L'adresse e-mail est obligatoire.") @Email(message = "L'adresse e-mail n'est pas valide.")
        @Size(max = 255, message = "L'adresse e-mail ne peut dépasser 255 caractères.") String email,
        @NotBlank(message = "Choisissez le rôle.") String role,
        String regionCode,
        String academyCode,
        String campusId,
        String organisationId,
        java.util.List<String> followedCampusIds,
        @Pattern(regexp = "^$|" + PasswordPolicy.PATTERN,
                message = PasswordPolicy.MESSAGE + " ; laissez-le vide pour une connexion par OpenID Connect seulement.")
        String password) {

    static AccountForm empty() {
        return new AccountForm("", "", "", "", "", "", "", "", java.util.List.of(), "");
    }

    /** The account to open once the form is valid: only the scope field of the chosen role is kept. */
    NewAccount toNewAccount() {
        Role chosen = FrenchInput.choice("role", role, Role.class, "Choisissez un rôle de la liste.");
        boolean regional = chosen == Role.REGIONAL_COORDINATOR || chosen == Role.REGIONAL_COUNCIL || chosen == Role.LABOUR_CORRESPONDENT;
        return new NewAccount(username, email, displayName, Text.trimToNull(password), chosen,
                regional ? Text.trimToNull(regionCode) : null,
                chosen == Role.ACADEMY_REFERENT ? Text.trimToNull(academyCode) : null,
                chosen == Role.OPERATIONAL_DIRECTOR ? FrenchInput.id("campusId", campusId, "Choisissez dans la liste.") : null,
                chosen == Role.PARTNER_MEMBER || chosen == Role.COMPANY_RECRUITER || chosen == Role.CLUSTER_STAFF
                        ? FrenchInput.id("organisationId", organisationId, "Choisissez dans la liste.") : null,
                chosen == Role.LABOUR_CORRESPONDENT ? followed(followedCampusIds) : java.util.Set.of());
    }

    /** The campuses ticked, each one of the list. */
    static java.util.Set<java.util.UUID> followed(java.util.List<String> ticked) {
        return ticked == null ? java.util.Set.of() : ticked.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> FrenchInput.id("followedCampusIds", t, "Choisissez les campus dans la liste."))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
