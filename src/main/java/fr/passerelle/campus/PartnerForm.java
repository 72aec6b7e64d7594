package fr.passerelle.campus;

import fr.passerelle.directory.MembershipRole;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.UUID;

/** The form that adds a partner organisation to a campus, as typed; read once Bean Validation has passed. */
record PartnerForm(@NotBlank(message = "Choisissez une organisation.") String organisationId,
                   @NotBlank(message = "Choisissez le rôle.") String role, String since, String until) {

    static PartnerForm empty(String role) {
        return new PartnerForm("", role == null ? MembershipRole.PARTNER.name() : role, "", "");
    }

    UUID organisation() {
        return FrenchInput.id("organisationId", organisationId, "Choisissez une organisation de l'annuaire.");
    }

    MembershipRole membershipRole() {
        return FrenchInput.choice("role", role, MembershipRole.class, "Choisissez un rôle de la liste.");
    }

    LocalDate sinceDate() {
        return FrenchInput.date("since", since);
    }

    LocalDate untilDate() {
        return FrenchInput.date("until", until);
    }
}
