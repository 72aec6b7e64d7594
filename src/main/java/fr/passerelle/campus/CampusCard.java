package fr.passerelle.campus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A campus as lists, the map, the API and open data show it. {@code sector} and {@code academyCode} are the main ones;
 * {@code otherSectors}, {@code otherAcademyCodes} (with their names, in the same order) the others.
 */
public record CampusCard(UUID id, String slug, String name, Sector sector, String regionCode, String regionName,
                         String academyCode, String academyName, String municipalityCode, String municipalityName,
                         Double latitude, Double longitude, LabelCategory category, LabelStatus labelStatus,
                         Integer firstLabelYear, LocalDate labelValidUntil, String website, List<Sector> otherSectors,
                         List<String> otherAcademyCodes, List<String> otherAcademyNames) {

    public CampusCard {
        otherSectors = otherSectors == null ? List.of() : List.copyOf(otherSectors);
        otherAcademyCodes = otherAcademyCodes == null ? List.of() : List.copyOf(otherAcademyCodes);
        otherAcademyNames = otherAcademyNames == null ? List.of() : List.copyOf(otherAcademyNames);
    }

    /** Every sector, the main one first. */
    public List<Sector> sectors() {
        return Stream.concat(Stream.of(sector), otherSectors.stream()).toList();
    }

    /** Every académie's code, the main one first. */
    public List<String> academyCodes() {
        return Stream.concat(Stream.of(academyCode), otherAcademyCodes.stream()).toList();
    }

    /** Every académie's name, the main one first. */
    public List<String> academyNames() {
        return Stream.concat(Stream.of(academyName), otherAcademyNames.stream()).toList();
    }

    /** Whether the académie is one of the campus's (the main one or another). */
    public boolean coversAcademy(String code) {
        return code != null && (code.equals(academyCode) || otherAcademyCodes.contains(code));
    }

    /** "Numérique, télécommunications ; Tourisme, gastronomie": the other sectors' labels, for a line of text. */
    public String otherSectorLabels() {
        return otherSectors.stream().map(Sector::label).collect(Collectors.joining(" ; "));
    }

    /** "Lille et Amiens": every académie's name, for a line of text. */
    public String academyNamesText() {
        List<String> names = academyNames();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1);
    }
}
