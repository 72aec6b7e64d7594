package fr.passerelle.campus;

import java.time.LocalDate;
import java.util.UUID;

/** Everything that identifies a campus in the registry, as a value. */
public record CampusIdentity(String name, Sector sector, String regionCode, String academyCode, String municipalityCode,
                             String municipalityName, Double latitude, Double longitude, UUID supportEstablishmentId,
                             LabelCategory category, LabelStatus labelStatus, Integer firstLabelYear,
                             LocalDate labelValidFrom, LocalDate labelValidUntil, String website, String description,
                             String directorName, String directorEmail, String directorPhone) {
}
