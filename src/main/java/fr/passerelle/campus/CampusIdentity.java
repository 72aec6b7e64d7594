package fr.passerelle.campus;

import java.time.LocalDate;
import java.util.UUID;

/** Everything that identifies a campus in the registry, as a value. */
public record CampusIdentity(String name, Sector sector, String regionCode, String academyCode, String municipalityCode,
                             String municipalityName, Double latitude, Double longitude, UUID supportEstablishmentId,
                             LabelCategory category, LabelStatus labelStatus, Integer firstLabelYear,
                             LocalDate labelValidFrom, LocalDate labelValidUntil, String website, String description,
                             String directorName, String directorEmail, String directorPhone) {

    /** The same identity with the label of {@code other}: its category, status, first year and validity. */
    CampusIdentity withLabelOf(CampusIdentity other) {
        return withLabel(other.category, other.labelStatus, other.firstLabelYear, other.labelValidFrom, other.labelValidUntil);
    }

    /** The same identity as a campus without a label yet: a Standard applicant. */
    CampusIdentity asApplicant() {
        return withLabel(LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null);
    }

    CampusIdentity withLabel(LabelCategory category, LabelStatus status, Integer firstYear, LocalDate validFrom, LocalDate validUntil) {
        return new CampusIdentity(name, sector, regionCode, academyCode, municipalityCode, municipalityName, latitude, longitude,
                supportEstablishmentId, category, status, firstYear, validFrom, validUntil, website, description, directorName,
                directorEmail, directorPhone);
    }
}
