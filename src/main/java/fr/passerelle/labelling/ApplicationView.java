package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import java.time.Instant;
import java.util.UUID;

/** A dossier as lists and pages show it; {@code team} holds the accounts added to its promoters (a future operational director). */
public record ApplicationView(UUID id, UUID callId, String callTitle, int callYear, UUID campusId, Kind kind, LabelCategory category,
                              String projectName, Sector sector, String regionCode, String regionName, String academyCode,
                              String academyName, UUID previousId, ApplicationStatus status, int round, String createdBy,
                              Instant createdAt, Instant submittedAt, Instant statusSince, long version, java.util.Set<UUID> team) {

    /** What the dossier asks for. */
    public enum Kind {
        NEW_CAMPUS("Création d’un campus"),
        EXISTING_CAMPUS("Labellisation d’un campus existant"),
        RENEWAL("Renouvellement du label"),
        PROGRESS_REPORT("Rapport d’étape à mi-parcours");

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
