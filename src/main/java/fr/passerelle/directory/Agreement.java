package fr.passerelle.directory;

import java.time.LocalDate;
import java.util.UUID;

/** A partnership agreement as lists show it (its file is fetched apart). */
public record Agreement(UUID id, UUID campusId, String organisationName, String title, LocalDate signedOn, LocalDate validFrom,
                        LocalDate validUntil, String signatories, String fileName, long fileSize) {

    /** The file size for people, in ko or Mo. */
    public String displaySize() {
        return fr.passerelle.platform.UploadedFile.displaySize(fileSize);
    }
}
