package fr.passerelle.campus;

import java.time.LocalDate;
import java.util.UUID;

/** A campus as lists, the map, the API and open data show it. */
public record CampusCard(UUID id, String slug, String name, Sector sector, String regionCode, String regionName,
                         String academyCode, String academyName, String municipalityCode, String municipalityName,
                         Double latitude, Double longitude, LabelCategory category, LabelStatus labelStatus,
                         Integer firstLabelYear, LocalDate labelValidUntil, String website) {
}
