package fr.passerelle.clusters.network;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterDetails;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.clusters.ClusterProfile;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.List;
import java.util.UUID;

/**
 * A cluster's profile as typed, for its registration ({@code organisationId}: the directory organisation of kind
 * CLUSTER it makes a cluster) and for its edition ({@code version}: the profile's version when the form was opened).
 */
record ClusterProfileForm(String organisationId,
                          @NotBlank(message = "Choisissez le type de réseau.") String kind,
                          @NotBlank(message = "Choisissez la région du siège.") String regionCode,
                          @Size(max = 300, message = "Le territoire ne peut dépasser 300 caractères.") String territory,
                          List<String> sectors,
                          String chairOrganisationId,
                          @Size(max = 12, message = "Les emplois représentés : 12 chiffres au plus.") String jobsRepresented,
                          @Size(max = 4, message = "L'année des chiffres s'écrit sur 4 chiffres.") String figuresYear,
                          @Size(max = 4, message = "L'année de création s'écrit sur 4 chiffres.") String foundedYear,
                          @NotBlank(message = "Indiquez tous les combien de mois une entreprise met à jour la matrice de compétences.")
                          String matrixRefreshMonths,
                          String published,
                          Long version) {

    ClusterProfileForm {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    static ClusterProfileForm empty(String regionCode) {
        return new ClusterProfileForm("", ClusterKind.BUSINESS_CLUSTER.name(), regionCode == null ? "" : regionCode, "", List.of(), "", "", "", "",
                "12", "true", null);
    }

    static ClusterProfileForm of(ClusterDetails details) {
        ClusterProfile p = details.profile();
        return new ClusterProfileForm(details.card().id().toString(), p.kind().name(), p.regionCode(), p.territory() == null ? "" : p.territory(),
                p.sectors().stream().map(Sector::name).toList(), p.chairOrganisationId() == null ? "" : p.chairOrganisationId().toString(),
                text(p.jobsRepresented()), text(p.figuresYear()), text(p.foundedYear()), String.valueOf(p.matrixRefreshMonths()),
                p.published() ? "true" : "", details.version());
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    public boolean isPublished() {
        return "true".equals(published) || "on".equals(published);
    }

    long expectedVersion() {
        return version == null ? -1 : version;
    }

    UUID organisation() {
        UUID id = FrenchInput.id("organisationId", organisationId, "Choisissez une organisation de l'annuaire.");
        if (id == null) {
            throw new fr.passerelle.platform.BusinessRuleException("organisationId", "Choisissez l'organisation de l'annuaire qui devient un cluster.");
        }
        return id;
    }

    /** The profile once Bean Validation has passed; each value read through {@link FrenchInput}. */
    ClusterProfile toProfile(java.time.Clock clock) {
        int thisYear = Year.now(clock).getValue();
        return new ClusterProfile(
                FrenchInput.choice("kind", kind, ClusterKind.class, "Choisissez un type de la liste."),
                regionCode == null ? null : regionCode.strip(),
                territory,
                sectors.stream().filter(s -> s != null && !s.isBlank())
                        .map(s -> FrenchInput.choice("sectors", s, Sector.class, "Choisissez les filières dans la liste.")).distinct().toList(),
                FrenchInput.id("chairOrganisationId", chairOrganisationId, "Choisissez l'entreprise qui préside dans l'annuaire."),
                FrenchInput.wholeNumber("jobsRepresented", jobsRepresented, 0, 10_000_000, "Les emplois représentés"),
                FrenchInput.wholeNumber("figuresYear", figuresYear, 1950, thisYear, "L'année des chiffres"),
                FrenchInput.wholeNumber("foundedYear", foundedYear, 1800, thisYear, "L'année de création"),
                FrenchInput.wholeNumber("matrixRefreshMonths", matrixRefreshMonths, 1, 60, "La période de mise à jour de la matrice"),
                isPublished());
    }
}
