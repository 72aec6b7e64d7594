package fr.passerelle.clusters.network;

import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.UUID;

/** A membership's change as typed, with the version it was opened with. */
record MembershipForm(String branchId,
                      @NotBlank(message = "Indiquez la date d'adhésion.") String since,
                      String until,
                      String listed,
                      Long version) {

    static MembershipForm of(ClusterMember member) {
        return new MembershipForm(member.branchId() == null ? "" : member.branchId().toString(), member.since().toString(),
                member.until() == null ? "" : member.until().toString(), member.listed() ? "true" : "", member.version());
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

    long expectedVersion() {
        return version == null ? -1 : version;
    }
}
