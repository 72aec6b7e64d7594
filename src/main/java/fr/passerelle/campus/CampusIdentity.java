package fr.passerelle.campus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything that identifies a campus in the registry, as a value. {@code sector} and {@code academyCode} are the main
 * sector and the main académie; {@code otherSectors} and {@code otherAcademyCodes} the others (« campus
 * multi-filières », « campus interacadémiques »), without the main one, without repeats, in a stable order.
 */
public record CampusIdentity(String name, Sector sector, String regionCode, String academyCode, String municipalityCode,
                             String municipalityName, Double latitude, Double longitude, UUID supportEstablishmentId,
                             LabelCategory category, LabelStatus labelStatus, Integer firstLabelYear,
                             LocalDate labelValidFrom, LocalDate labelValidUntil, String website, String description,
                             String directorName, String directorEmail, String directorPhone, List<Sector> otherSectors,
                             List<String> otherAcademyCodes) {

    public CampusIdentity {
        otherSectors = otherSectors == null ? List.of()
                : otherSectors.stream().filter(s -> s != null && s != sector).distinct().sorted().toList();
        otherAcademyCodes = otherAcademyCodes == null ? List.of()
                : otherAcademyCodes.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                        .filter(a -> !a.equals(academyCode)).distinct().sorted().toList();
    }

    /** A campus of one sector and one académie. */
    public CampusIdentity(String name, Sector sector, String regionCode, String academyCode, String municipalityCode,
                          String municipalityName, Double latitude, Double longitude, UUID supportEstablishmentId,
                          LabelCategory category, LabelStatus labelStatus, Integer firstLabelYear,
                          LocalDate labelValidFrom, LocalDate labelValidUntil, String website, String description,
                          String directorName, String directorEmail, String directorPhone) {
        this(name, sector, regionCode, academyCode, municipalityCode, municipalityName, latitude, longitude,
                supportEstablishmentId, category, labelStatus, firstLabelYear, labelValidFrom, labelValidUntil, website,
                description, directorName, directorEmail, directorPhone, List.of(), List.of());
    }

    /** Every sector, the main one first. */
    public List<Sector> sectors() {
        return sector == null ? otherSectors : Stream.concat(Stream.of(sector), otherSectors.stream()).toList();
    }

    /** Every académie, the main one first. */
    public List<String> academyCodes() {
        return academyCode == null ? otherAcademyCodes : Stream.concat(Stream.of(academyCode), otherAcademyCodes.stream()).toList();
    }

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
                directorEmail, directorPhone, otherSectors, otherAcademyCodes);
    }

    /** The same identity with these other sectors and other académies. */
    public CampusIdentity withOthers(List<Sector> sectors, List<String> academyCodes) {
        return new CampusIdentity(name, sector, regionCode, academyCode, municipalityCode, municipalityName, latitude, longitude,
                supportEstablishmentId, category, labelStatus, firstLabelYear, labelValidFrom, labelValidUntil, website, description,
                directorName, directorEmail, directorPhone, sectors, academyCodes);
    }
}
