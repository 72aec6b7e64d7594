package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A dossier as lists and pages show it; {@code team} holds the accounts added to its promoters (a future operational
 * director). {@code sector} and {@code academyCode} are the main ones; {@code otherSectors} and {@code otherAcademyCodes}
 * (with {@code otherAcademyNames} in the same order) the others.
 */
public record ApplicationView(UUID id, UUID callId, String callTitle, int callYear, UUID campusId, Kind kind, LabelCategory category,
                              String projectName, Sector sector, String regionCode, String regionName, String academyCode,
                              String academyName, UUID previousId, ApplicationStatus status, int round, String createdBy,
                              Instant createdAt, Instant submittedAt, Instant statusSince, long version, java.util.Set<UUID> team,
                              List<Sector> otherSectors, List<String> otherAcademyCodes, List<String> otherAcademyNames) {

    public ApplicationView {
        otherSectors = otherSectors == null ? List.of() : List.copyOf(otherSectors);
        otherAcademyCodes = otherAcademyCodes == null ? List.of() : List.copyOf(otherAcademyCodes);
        otherAcademyNames = otherAcademyNames == null ? List.of() : List.copyOf(otherAcademyNames);
    }

    /** Every académie of the dossier, the main one first: the referent of each is one of its promoters. */
    public List<String> academyCodes() {
        return Stream.concat(Stream.of(academyCode), otherAcademyCodes.stream()).toList();
    }

    /** "Lille et Amiens": every académie's name, for a line of text. */
    public String academyNamesText() {
        List<String> names = Stream.concat(Stream.of(academyName), otherAcademyNames.stream()).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1);
    }

    /** The other sectors' labels, for a line of text. */
    public String otherSectorLabels() {
        return otherSectors.stream().map(Sector::label).collect(Collectors.joining(" ; "));
    }

    /** What the dossier asks for. */
    public enum Kind {
        NEW_CAMPUS("Création d’un campus"),
        EXISTING_CAMPUS("Labellisation d’un campus existant"),
        RENEWAL("Renouvellement du label"),
        PROGRESS_REPORT("Rapport d’étape");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The dossier's number, as the certificate and letters quote it: the call's year and the start of its id. */
    public String number() {
        return "CMQ-" + callYear + "-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean progressReport() {
        return kind == Kind.PROGRESS_REPORT;
    }

    public boolean excellence() {
        return category == LabelCategory.EXCELLENCE;
    }

    public java.util.List<Criterion> criteria() {
        return Criterion.forCategory(excellence());
    }
}
