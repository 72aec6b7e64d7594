package fr.passerelle.labelling;

import fr.passerelle.campus.Sector;
import java.util.List;
import java.util.UUID;

/**
 * A campus project of a regional deployment plan, as entered: either an existing dossier of the région
 * ({@code applicationId}; its name, sector and académies are then the dossier's) or a project entered in the plan with
 * its name, sector and académies; its lead establishment from the directory, its commune (for the map) and the year of
 * the call it is expected to answer.
 */
public record PreparedProject(UUID applicationId, String name, Sector sector, List<String> academyCodes, UUID leadOrganisationId,
                              String municipalityCode, Integer expectedCallYear, String comment) {

    public PreparedProject {
        academyCodes = academyCodes == null ? List.of() : academyCodes.stream().filter(a -> a != null && !a.isBlank()).distinct().toList();
    }
}
