package fr.passerelle.clusters.network;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.UUID;

/** A new membership as typed: the organisation picked in the directory, its sub-cluster, its dates, its agreement to be named. */
record MemberForm(@NotBlank(message = "Choisissez l'entreprise ou l'établissement membre.") String organisationId,
                  String branchId,
                  @NotBlank(message = "Indiquez la date d'adhésion.") String since,
                  String until,
                  String listed) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm("", "", today.toString(), "", "");
    }

    UUID organisation() {
        UUID id = FrenchInput.id("organisationId", organisationId, "Choisissez une organisation de l'annuaire.");
        if (id == null) {
            throw new BusinessRuleException("organisationId", "Choisissez l'entreprise ou l'établissement membre.");
        }
        return id;
    }

    UUID branch() {
        return FrenchInput.id("branchId", branchId, "Choisissez un sous-cluster de la liste.");
    }

    LocalDate sinceDate() {
        return FrenchInput.date("since", since);
    }

    LocalDate untilDate() {
        return FrenchInput.date("until", until);
    }

    public boolean isListed() {
        return "true".equals(listed) || "on".equals(listed);
    }
}
