package fr.passerelle.directory;

import java.time.LocalDate;
import java.util.UUID;

/** A partnership agreement as lists show it (its file is fetched apart). */
public record Agreement(UUID id, UUID campusId, String organisationName, String title, LocalDate signedOn, LocalDate validFrom,
                        LocalDate validUntil, String signatories, String fileName, long fileSize) {

    /** The file size for people, in Kio or Mio. */
    public String displaySize() {
        return fileSize < 1024 * 1024 ? Math.max(1, fileSize / 1024) + " Ko" : String.format(java.util.Locale.FRENCH, "%.1f Mo", fileSize / 1048576.0);
    }
}
